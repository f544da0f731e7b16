import { DomainError } from '../../platform/errors/domain-error';

export const MembersErrors = {
  alreadyMember: () =>
    new DomainError(
      'ALREADY_MEMBER',
      'ALREADY_MEMBER',
      'That person is already a member of this organization.',
      'email',
    ),
  invitationNotFound: () =>
    new DomainError(
      'INVITATION_NOT_FOUND',
      'INVITATION_NOT_FOUND',
      'This invitation link is not valid. Ask for a new invitation.',
      'token',
    ),
  invitationExpired: () =>
    new DomainError(
      'INVITATION_EXPIRED',
      'INVITATION_EXPIRED',
      'This invitation has expired. Ask the person who invited you to send a new one.',
      'token',
    ),
  invitationUsed: () =>
    new DomainError(
      'INVITATION_USED',
      'INVITATION_USED',
      'This invitation has already been used. Sign in instead.',
      'token',
    ),
  invitationRevoked: () =>
    new DomainError(
      'INVITATION_REVOKED',
      'INVITATION_REVOKED',
      'This invitation was withdrawn. Ask for a new invitation.',
      'token',
    ),
  invitationNotPending: () =>
    new DomainError(
      'INVITATION_NOT_PENDING',
      'INVITATION_NOT_PENDING',
      'Only an invitation that is still open can be resent or revoked.',
      'invitationId',
    ),
  nameRequired: () =>
    new DomainError('BAD_USER_INPUT', 'NAME_REQUIRED', 'Enter your name.', 'name'),
  lastAdmin: () =>
    new DomainError(
      'LAST_ADMIN',
      'LAST_ADMIN',
      'An organization needs at least one org admin. Make someone else an org admin first.',
      'membershipId',
    ),
};
