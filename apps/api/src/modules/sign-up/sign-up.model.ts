import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { PrimaryLanguage } from '../families/family.entity';
import { LanguageEnum } from '../families/families.model';
import { PublicOrganizationModel } from '../organizations/public-organization.model';

@InputType('RequestHelpInput', {
  description: 'A family asking a published organization for help, from the public guidance.',
})
export class RequestHelpInput {
  @Field({ description: 'The chosen organization’s page address (`/o/<slug>`).' })
  organizationSlug: string;

  @Field({ description: 'The parent’s name.' })
  name: string;

  @Field()
  email: string;

  @Field()
  password: string;

  @Field({ description: 'The child’s first name.' })
  childName: string;

  @Field(() => LanguageEnum, { description: 'The language the family prefers.' })
  lang: PrimaryLanguage;

  @Field(() => GraphQLJSON, {
    description: 'The public assessment’s answers, keyed by question id (current questionnaire).',
  })
  answers: Record<string, unknown>;

  @Field(() => String, {
    nullable: true,
    description: 'A form field people never see. Anything in it marks the request as automated.',
  })
  honeypot?: string | null;
}

@ObjectType('SignUpConfirmation', {
  description: 'A confirmed sign-up: the parent is signed in and their intake was submitted.',
})
export class SignUpConfirmationModel {
  @Field(() => ID, { description: 'The submitted intake.' })
  intakeId: string;

  @Field(() => PublicOrganizationModel, {
    description: 'The organization that will help, with its public contact details.',
  })
  organization: PublicOrganizationModel;
}
