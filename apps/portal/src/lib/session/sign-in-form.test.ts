import { describe, expect, it } from 'vitest';
import { readSignInForm, validateSignIn } from './sign-in-form';

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe(readSignInForm.name, () => {
  it('trims the email and keeps the password exactly', () => {
    expect(
      readSignInForm(formData({ email: '  rosa@riverside.example ', password: ' pw ' })),
    ).toEqual({ email: 'rosa@riverside.example', password: ' pw ' });
  });

  it('treats missing fields as empty', () => {
    expect(readSignInForm(new FormData())).toEqual({ email: '', password: '' });
  });
});

describe(validateSignIn.name, () => {
  it('accepts a plausible email and any password', () => {
    expect(validateSignIn({ email: 'admin@riverside.example', password: 'x' }, 'en')).toEqual([]);
  });

  it('asks for both fields, in field order, tied to each field', () => {
    expect(validateSignIn({ email: '', password: '' }, 'en')).toEqual([
      { field: 'email', message: 'Enter your email address.' },
      { field: 'password', message: 'Enter your password.' },
    ]);
  });

  it('explains a malformed email with an example', () => {
    expect(validateSignIn({ email: 'rosa.riverside', password: 'x' }, 'en')).toEqual([
      { field: 'email', message: 'Enter an email address like name@example.org.' },
    ]);
  });

  it('speaks Spanish to a Spanish reader', () => {
    expect(validateSignIn({ email: '', password: 'x' }, 'es')).toEqual([
      { field: 'email', message: 'Escriba su correo electrónico.' },
    ]);
  });
});
