import { DomainError } from '../../platform/errors/domain-error';

export const IdentityErrors = {
  invalidCredentials: () =>
    new DomainError('INVALID_CREDENTIALS', 'That email and password do not match an account.'),
  emailRequired: () => new DomainError('BAD_USER_INPUT', 'Enter your email address.', 'email'),
  emailInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'Enter an email address like name@example.org.', 'email'),
  passwordRequired: () => new DomainError('BAD_USER_INPUT', 'Enter your password.', 'password'),
};
