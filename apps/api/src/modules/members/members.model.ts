import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type Role } from '../identity/membership.entity';
import { RoleEnum, UserModel } from '../identity/identity.model';
import type { InvitationStatus } from './invitation.entity';

const InvitationStatusEnum = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  REVOKED: 'REVOKED',
  EXPIRED: 'EXPIRED',
} as const;
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType('Member', { description: "A person's membership in the active organization." })
export class MemberModel {
  @Field(() => ID, { description: 'The membership id.' })
  id: string;

  @Field(() => UserModel)
  user: UserModel;

  @Field(() => RoleEnum)
  role: Role;

  @Field()
  joinedAt: Date;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  invitedByName: string | null;
}

@ObjectType('InvitationPreview', {
  description: 'What an invitation link offers, shown before accepting it.',
})
export class InvitationPreviewModel {
  @Field()
  organizationName: string;

  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field({ description: 'True when the address already has an account: accept with its password.' })
  accountExists: boolean;
}

@InputType('AcceptInvitationInput')
export class AcceptInvitationInput {
  @Field()
  token: string;

  @Field({ description: 'A new password, or the existing account’s password.' })
  password: string;

  @Field(() => String, { nullable: true, description: 'Needed when creating a new account.' })
  name?: string | null;
}

@ObjectType('MailMessage', { description: 'A mail from the outbox (development mailbox only).' })
export class MailMessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field()
  text: string;

  @Field()
  template: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
}
