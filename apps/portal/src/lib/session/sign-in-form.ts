import type { Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { FormError } from '$lib/forms/form-error';

export interface SignInInput {
  email: string;
  password: string;
}

/** Reads the sign-in form; the email is trimmed, the password kept exactly as typed. */
export function readSignInForm(form: FormData): SignInInput {
  const email = form.get('email');
  const password = form.get('password');
  return {
    email: typeof email === 'string' ? email.trim() : '',
    password: typeof password === 'string' ? password : '',
  };
}

// Deliberately loose: one @ with something on both sides and a dot in the domain. The API is
// the judge of whether the account exists; this only catches a mistyped address early.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Problems a person can fix before the form is sent, in the order of the fields. */
export function validateSignIn(input: SignInInput, locale: Locale): FormError[] {
  const errors: FormError[] = [];
  if (input.email === '') {
    errors.push({ field: 'email', message: m.error_email_required({}, { locale }) });
  } else if (!EMAIL.test(input.email)) {
    errors.push({ field: 'email', message: m.error_email_invalid({}, { locale }) });
  }
  if (input.password === '') {
    errors.push({ field: 'password', message: m.error_password_required({}, { locale }) });
  }
  return errors;
}
