import { DomainError } from '../../platform/errors/domain-error';

export const SignUpErrors = {
  organizationRequired: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'SIGN_UP_ORGANIZATION_REQUIRED',
      'Choose the organization you want help from.',
      'organizationSlug',
    ),
  childNameRequired: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'SIGN_UP_CHILD_NAME_REQUIRED',
      "Enter your child's first name.",
      'childName',
    ),
  /** Unknown, mistyped, or already used: the link cannot say which without telling more. */
  linkInvalid: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'SIGN_UP_LINK_INVALID',
      'This confirmation link does not work. It may have been used already: then sign in.',
      'token',
    ),
  linkExpired: (hours: number) =>
    new DomainError(
      'BAD_USER_INPUT',
      'SIGN_UP_LINK_EXPIRED',
      `This confirmation link is more than ${hours} hours old. Please fill in the form again.`,
      'token',
      { hours },
    ),
  /** The address got an account between the request and the confirmation. */
  accountExists: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'SIGN_UP_ACCOUNT_EXISTS',
      'This email already has an account. Sign in, or reset your password.',
      'token',
    ),
  tooManyRequests: (seconds: number) => {
    const wait = Math.max(1, Math.ceil(seconds));
    const minutes = Math.ceil(wait / 60);
    return new DomainError(
      'TOO_MANY_SIGN_UPS',
      'SIGN_UP_TOO_MANY_REQUESTS',
      `Too many requests for help from here. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or call the organization.`,
      undefined,
      { seconds: wait, minutes },
    );
  },
};
