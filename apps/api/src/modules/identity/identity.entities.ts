import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';
import { PasswordResetEntity } from './password-reset.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export const identityEntities = [
  OrganizationEntity,
  UserEntity,
  MembershipEntity,
  SessionEntity,
  PasswordResetEntity,
];
