import type { Role } from '@continuum/graphql-client';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { isRole } from './roles';

/** The checks the portal makes before asking the API; the API checks everything again. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export interface InviteInput {
  email: string;
  role: Role | '';
}

export function readInviteForm(form: FormData): InviteInput {
  const role = text(form, 'role');
  return { email: text(form, 'email').trim(), role: isRole(role) ? role : '' };
}

export function validateInvite(input: InviteInput, locale: Locale): FormError[] {
  const errors: FormError[] = [];
  if (!input.email) {
    errors.push({ field: 'email', message: m.error_email_required({}, { locale }) });
  } else if (!EMAIL.test(input.email)) {
    errors.push({ field: 'email', message: m.error_email_invalid({}, { locale }) });
  }
  if (!input.role) errors.push({ field: 'role', message: m.members_error_role({}, { locale }) });
  return errors;
}

export function readEmail(form: FormData): string {
  return text(form, 'email').trim();
}

export function validateEmail(email: string, locale: Locale): FormError[] {
  if (!email) return [{ field: 'email', message: m.error_email_required({}, { locale }) }];
  if (!EMAIL.test(email)) {
    return [{ field: 'email', message: m.error_email_invalid({}, { locale }) }];
  }
  return [];
}

export interface AcceptInput {
  token: string;
  name: string;
  password: string;
}

export function readAcceptForm(form: FormData): AcceptInput {
  return {
    token: text(form, 'token'),
    name: text(form, 'name').trim(),
    password: text(form, 'password'),
  };
}

/** A new account needs a name; an existing one only its password. */
export function validateAccept(
  input: AcceptInput,
  accountExists: boolean,
  locale: Locale,
): FormError[] {
  const errors: FormError[] = [];
  if (!accountExists && !input.name) {
    errors.push({ field: 'name', message: m.invitation_error_name({}, { locale }) });
  }
  if (!input.password) {
    errors.push({ field: 'password', message: m.error_password_required({}, { locale }) });
  }
  return errors;
}

export function readNewPasswordForm(form: FormData): { token: string; password: string } {
  return { token: text(form, 'token'), password: text(form, 'password') };
}

export function validateNewPassword(password: string, locale: Locale): FormError[] {
  return password ? [] : [{ field: 'password', message: m.reset_error_password({}, { locale }) }];
}
