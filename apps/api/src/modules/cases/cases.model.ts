import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StudentModel } from '../families/families.model';
import type { CaseStatus } from './case.entity';
import type { TimelineValue } from './timeline-words';

export const CaseStatusEnum = {
  OPEN: 'OPEN',
  ACTIVE: 'ACTIVE',
  RESOLVED: 'RESOLVED',
  CLOSED: 'CLOSED',
} as const;
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });

export const CaseloadSortEnum = {
  UPDATED_AT_DESC: 'UPDATED_AT_DESC',
  CREATED_AT_DESC: 'CREATED_AT_DESC',
  NEXT_DUE_ASC: 'NEXT_DUE_ASC',
  STUDENT_NAME_ASC: 'STUDENT_NAME_ASC',
} as const;
export type CaseloadSort = keyof typeof CaseloadSortEnum;
registerEnumType(CaseloadSortEnum, { name: 'CaseloadSort' });

@ObjectType('CaseAdvocate', { description: 'An advocate assigned to a case.' })
export class CaseAdvocateModel {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field()
  email: string;
}

@ObjectType('TimelineParam', {
  description:
    'One value a timeline entry is written with: a date, a count, a status, a title someone typed, or an id of packages/rules (a proceeding kind, an event, a deadline rule, a letter template) with its words.',
})
export class TimelineParamModel {
  @Field({ description: 'e.g. kind, type, date, from, to, title.' })
  name: string;

  @Field({ description: 'The stored value, as text (an id, YYYY-MM-DD, a number, ...).' })
  value: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words for a packages/rules id in the language asked for; null otherwise.',
  })
  label: string | null;
}

@ObjectType('CaseTimelineEntry', {
  description:
    'One thing recorded on a case. Pages write it from `kind` and `params(lang)` in the reader’s language.',
})
export class CaseTimelineEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field({
    description:
      'case_opened, status_changed, proceeding_opened, event_recorded, deadline_changed, ...: for code, never shown.',
  })
  kind: string;

  @Field({ description: 'An English sentence, for API clients and logs.' })
  summary: string;

  /** The stored details, written into `params(lang)`. */
  data: Readonly<Record<string, TimelineValue>>;

  @Field(() => String, { nullable: true })
  actorName: string | null;
}

@ObjectType('Case', { description: "One student's dispute." })
export class CaseModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  studentId: string;

  @Field(() => ID, { nullable: true })
  intakeId: string | null;

  @Field(() => [String], { description: 'Issue ids from packages/rules.' })
  issueCategories: string[];

  @Field(() => CaseStatusEnum)
  status: CaseStatus;

  @Field(() => String, { nullable: true })
  outcome: string | null;

  @Field({ description: 'The continuum stage reached: intake, or a pathway id.' })
  stage: string;

  @Field(() => String, {
    nullable: true,
    description: "Advocates' working notes; null for a parent.",
  })
  internalNotes: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  // Resolved per request through DataLoaders.
  @Field(() => StudentModel)
  student?: StudentModel;

  @Field(() => [CaseAdvocateModel])
  advocates?: CaseAdvocateModel[];

  @Field(() => [CaseTimelineEntryModel])
  timeline?: CaseTimelineEntryModel[];
}

@ObjectType('StageCount')
export class StageCountModel {
  @Field()
  stage: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('CaseloadPage')
export class CaseloadPageModel {
  @Field(() => [CaseModel])
  nodes: CaseModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  nextCursor: string | null;

  @Field(() => Int, { description: 'Cases matching the filter.' })
  totalCount: number;

  @Field(() => [StageCountModel], {
    description: 'Cases matching the filter, except its stage, per stage.',
  })
  stageCounts: StageCountModel[];
}

@InputType('CaseloadFilterInput')
export class CaseloadFilterInput {
  @Field(() => [CaseStatusEnum], { nullable: true })
  statuses?: CaseStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Cases this advocate is assigned to.' })
  advocateUserId?: string | null;

  @Field(() => String, { nullable: true })
  issue?: string | null;

  @Field(() => String, { nullable: true })
  stage?: string | null;

  @Field(() => String, { nullable: true, description: "The student's state." })
  state?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cases with a computed deadline on or before this day (YYYY-MM-DD).',
  })
  dueBefore?: string | null;
}

@InputType('CreateCaseFromIntakeInput')
export class CreateCaseFromIntakeInput {
  @Field(() => ID)
  intakeId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Needed when the intake names no student and the family has several.',
  })
  studentId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Advocates to assign; an advocate turning the intake into a case by default.',
  })
  advocateUserIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Defaults to the intake’s issues.' })
  issueCategories?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The student’s state, when the intake’s state and the student’s record differ (`Intake.stateQuestion`): answering here confirms it and the record takes it; unanswered, the case asks before any deadline is computed.',
  })
  confirmedState?: string | null;
}

@InputType('UpdateCaseInput')
export class UpdateCaseInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => CaseStatusEnum, { nullable: true })
  status?: CaseStatus | null;

  @Field(() => String, { nullable: true, description: 'Required to resolve or close.' })
  outcome?: string | null;

  @Field(() => String, { nullable: true })
  stage?: string | null;

  @Field(() => [String], { nullable: true })
  issueCategories?: string[] | null;

  @Field(() => String, { nullable: true })
  internalNotes?: string | null;
}

@InputType('AssignCaseAdvocatesInput')
export class AssignCaseAdvocatesInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => [ID], { description: 'The complete list of advocates assigned to the case.' })
  advocateUserIds: string[];
}
