import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { PrimaryLanguage } from '../families/family.entity';
import { LanguageEnum, PlanTypeEnum } from '../families/families.model';
import type { StudentPlanType } from '../families/family.entity';
import type { IntakeStatus } from './intake.entity';

export const IntakeStatusEnum = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  TRIAGED: 'TRIAGED',
} as const;
registerEnumType(IntakeStatusEnum, {
  name: 'IntakeStatus',
  description: 'DRAFT while answered, SUBMITTED awaiting triage, TRIAGED once a case exists.',
});

@ObjectType('Intake', { description: 'A family’s answers to the intake questionnaire.' })
export class IntakeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID, { nullable: true })
  studentId: string | null;

  @Field(() => IntakeStatusEnum)
  status: IntakeStatus;

  @Field({ description: 'The questionnaire version the answers follow.' })
  questionnaireVersion: string;

  @Field(() => LanguageEnum)
  lang: PrimaryLanguage;

  @Field(() => GraphQLJSON, { description: 'Answers keyed by question id.' })
  answers: Record<string, unknown>;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The rules package’s recommendation at submission: pathways, warnings.',
  })
  recommendation: unknown;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The case made from this intake.' })
  caseId: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@InputType('SaveIntakeDraftInput')
export class SaveIntakeDraftInput {
  @Field(() => ID, { nullable: true, description: 'The draft to continue; omit to start one.' })
  intakeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Needed to start a draft.' })
  familyId?: string | null;

  @Field(() => ID, { nullable: true })
  studentId?: string | null;

  @Field(() => LanguageEnum)
  lang: PrimaryLanguage;

  @Field(() => GraphQLJSON, { description: 'Every answer so far, keyed by question id.' })
  answers: Record<string, unknown>;
}

@InputType('StartPhoneIntakeInput', {
  description:
    'A new caller on the phone: their family and child, entered by staff, and a draft intake staff fill in for them.',
})
export class StartPhoneIntakeInput {
  @Field({ description: 'The caller’s name; the family is known by it.' })
  parentName: string;

  @Field()
  phone: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => LanguageEnum, { description: 'The language the family prefers; the intake’s.' })
  primaryLanguage: PrimaryLanguage;

  @Field({ description: 'The child’s first name.' })
  childName: string;

  @Field({ description: 'Two-letter state code of the child’s school.' })
  state: string;

  @Field(() => String, { nullable: true })
  grade?: string | null;

  @Field(() => String, { nullable: true })
  school?: string | null;

  @Field(() => PlanTypeEnum, { nullable: true, description: 'NONE when the caller is not sure.' })
  planType?: StudentPlanType | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The parents' primary language for the annual report (languages list code, or declined).",
  })
  parentLanguage?: string | null;

  @Field(() => String, { nullable: true, description: 'The child’s date of birth, YYYY-MM-DD.' })
  dateOfBirth?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The caller chose not to give the age.' })
  dateOfBirthDeclined?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Disability categories list codes, or declined.',
  })
  disabilityCategories?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Race and ethnicity list codes, or declined.',
  })
  raceCategories?: string[] | null;
}
