import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ROLES, type Role } from './membership.entity';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: "A member's role in one organization.",
});

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;
}

@ObjectType('Organization', {
  description: 'A tenant: a Parent Training and Information Center or an advocacy practice.',
})
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({
    description:
      'IANA time zone of its dates and times (today, overdue, reminders), e.g. America/Los_Angeles.',
  })
  timeZone: string;
}

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => OrganizationModel)
  organization: OrganizationModel;

  @Field(() => RoleEnum)
  role: Role;
}

@ObjectType('Me', {
  description: 'The signed-in user and what they may do in the active organization.',
})
export class MeModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => [MembershipModel])
  memberships: MembershipModel[];

  @Field(() => OrganizationModel, { nullable: true })
  activeOrganization: OrganizationModel | null;

  @Field(() => RoleEnum, { nullable: true })
  role: Role | null;

  @Field(() => GraphQLJSON, {
    description:
      'CASL rules (RawRule[]) for the active organization, for @casl/ability in the portal.',
  })
  abilities: unknown[];
}
