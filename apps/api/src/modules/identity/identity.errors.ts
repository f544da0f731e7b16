import { DomainError } from '../../platform/errors/domain-error';

export const IdentityErrors = {
  invalidCredentials: () =>
    new DomainError(
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'That email and password do not match an account.',
    ),
  emailRequired: () =>
    new DomainError('BAD_USER_INPUT', 'EMAIL_REQUIRED', 'Enter your email address.', 'email'),
  emailInvalid: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'EMAIL_INVALID',
      'Enter an email address like name@example.org.',
      'email',
    ),
  passwordRequired: () =>
    new DomainError('BAD_USER_INPUT', 'PASSWORD_REQUIRED', 'Enter your password.', 'password'),
  passwordTooShort: (min: number) =>
    new DomainError(
      'BAD_USER_INPUT',
      'PASSWORD_TOO_SHORT',
      `Choose a password of at least ${min} characters. A short sentence works well.`,
      'password',
      { min },
    ),
  passwordTooLong: (max: number) =>
    new DomainError(
      'BAD_USER_INPUT',
      'PASSWORD_TOO_LONG',
      `Choose a password of at most ${max} characters.`,
      'password',
      { max },
    ),
  passwordIsEmail: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'PASSWORD_IS_EMAIL',
      'Choose a password that is not your email address.',
      'password',
    ),
  resetLinkInvalid: () =>
    new DomainError(
      'RESET_LINK_INVALID',
      'RESET_LINK_INVALID',
      'This reset link is not valid. Ask for a new one.',
      'token',
    ),
  resetLinkUsed: () =>
    new DomainError(
      'RESET_LINK_USED',
      'RESET_LINK_USED',
      'This reset link has already been used. Ask for a new one.',
      'token',
    ),
  resetLinkExpired: () =>
    new DomainError(
      'RESET_LINK_EXPIRED',
      'RESET_LINK_EXPIRED',
      'This reset link has expired. Ask for a new one.',
      'token',
    ),
};
