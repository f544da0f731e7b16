import { describe, expect, it } from 'vitest';
import {
  readAcceptForm,
  readInviteForm,
  validateAccept,
  validateEmail,
  validateInvite,
  validateNewPassword,
} from './account-forms';

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe(readInviteForm.name, () => {
  it('trims the address and keeps only a known role', () => {
    expect(readInviteForm(formData({ email: ' a@b.org ', role: 'ADVOCATE' }))).toEqual({
      email: 'a@b.org',
      role: 'ADVOCATE',
    });
    expect(readInviteForm(formData({ email: 'a@b.org', role: 'SUPERUSER' })).role).toBe('');
  });
});

describe(validateInvite.name, () => {
  it('names each missing field', () => {
    expect(validateInvite({ email: '', role: '' }, 'en')).toEqual([
      { field: 'email', message: 'Enter your email address.' },
      { field: 'role', message: 'Choose a role.' },
    ]);
  });

  it('refuses an address without a domain, and accepts a plausible one', () => {
    expect(validateInvite({ email: 'maria@', role: 'PARENT' }, 'en')).toEqual([
      { field: 'email', message: 'Enter an email address like name@example.org.' },
    ]);
    expect(validateInvite({ email: 'maria@example.com', role: 'PARENT' }, 'en')).toEqual([]);
  });
});

describe(validateAccept.name, () => {
  it('asks a new account for a name and a password', () => {
    const input = readAcceptForm(formData({ token: 't', name: '  ', password: '' }));
    expect(validateAccept(input, false, 'es')).toEqual([
      { field: 'name', message: 'Escriba su nombre.' },
      { field: 'password', message: 'Escriba su contraseña.' },
    ]);
  });

  it('asks an existing account only for its password', () => {
    expect(validateAccept({ token: 't', name: '', password: 'secret' }, true, 'en')).toEqual([]);
  });
});

describe(validateEmail.name, () => {
  it('checks the address the reset link goes to', () => {
    expect(validateEmail('', 'en')).toEqual([
      { field: 'email', message: 'Enter your email address.' },
    ]);
    expect(validateEmail('x@y.org', 'en')).toEqual([]);
  });
});

describe(validateNewPassword.name, () => {
  it('asks for a password and leaves its rules to the API', () => {
    expect(validateNewPassword('', 'en')).toEqual([
      { field: 'password', message: 'Enter a new password.' },
    ]);
    expect(validateNewPassword('short', 'en')).toEqual([]);
  });
});
