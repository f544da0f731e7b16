import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { PrimaryLanguage } from '../families/family.entity';
import { LanguageEnum } from '../families/families.model';

@ObjectType('CarriedWarning', {
  description: 'A warning of the intake’s recommendation, shown before its pathways.',
})
export class CarriedWarningModel {
  @Field({ description: 'The warning id from packages/rules (`due_process_limit_near`, ...).' })
  id: string;

  @Field({ description: 'Plain words for the family, in `CarriedRecommendation.lang`.' })
  message: string;

  @Field(() => [String])
  basis: string[];

  @Field()
  confidence: string;

  @Field(() => String, {
    nullable: true,
    description: 'The day a limitation clock ends (YYYY-MM-DD); null when unknown or no clock.',
  })
  deadline: string | null;
}

@ObjectType('CarriedPathway', { description: 'A ranked pathway of the intake’s recommendation.' })
export class CarriedPathwayModel {
  @Field({ description: 'The pathway id from packages/rules (`pwn_request`, ...).' })
  id: string;

  @Field(() => Int, { description: '1 is the first thing to do.' })
  rank: number;

  @Field({ description: 'Why, in plain words for the family, in `CarriedRecommendation.lang`.' })
  reason: string;

  @Field(() => [String])
  basis: string[];

  @Field()
  confidence: string;

  @Field(() => [String], { description: 'The family’s issue ids this pathway addresses.' })
  issues: string[];
}

@ObjectType('CarriedRecommendation', {
  description:
    'The recommendation of the intake a case was opened from: the rules read the intake’s answers as of the day it was submitted, in the language asked for.',
})
export class CarriedRecommendationModel {
  @Field(() => ID)
  intakeId: string;

  @Field(() => LanguageEnum, {
    description:
      'The language of messages and reasons: the one asked for, or the family’s when the answers can no longer be read again.',
  })
  lang: PrimaryLanguage;

  @Field({ description: 'The day the recommendation is made for: the submission (YYYY-MM-DD).' })
  submittedOn: string;

  @Field(() => [CarriedWarningModel], { description: 'Warnings first: they carry time limits.' })
  warnings: CarriedWarningModel[];

  @Field(() => [CarriedPathwayModel], { description: 'Best first.' })
  pathways: CarriedPathwayModel[];

  @Field({
    description:
      'The rules, corrected since, read the same answers differently from what the family was shown when they sent the intake (that is kept on the intake).',
  })
  revisedSinceSubmission: boolean;
}

@ObjectType('StateQuestion', {
  description:
    'The intake’s state and the student’s record disagree: a staff member must say which is right. Until then no deadline of the case is computed (each reads unknown).',
})
export class StateQuestionModel {
  @Field(() => ID)
  studentId: string;

  @Field({ description: 'The state the family gave in the intake.' })
  intakeState: string;

  @Field({ description: 'The state on the student’s record.' })
  studentState: string;
}

@InputType('ConfirmCaseStateInput')
export class ConfirmCaseStateInput {
  @Field(() => ID)
  caseId: string;

  @Field({ description: 'The student’s state, two letters (`TX`): the record takes it.' })
  state: string;
}
