import {
  type Lang,
  PROCEEDING_KINDS,
  type ProceedingKind,
  type RulesMessage,
} from '@continuum/rules';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LanguageEnum } from '../families/families.model';

// Domain words stay the same in every layer: the enum values are packages/rules' kinds.
export const ProceedingKindEnum = Object.fromEntries(PROCEEDING_KINDS.map((k) => [k, k]));
registerEnumType(ProceedingKindEnum, {
  name: 'ProceedingKind',
  description: 'A proceeding kind from packages/rules (docs/domain.md).',
});

export const FiledByEnum = { parent: 'parent', district: 'district' } as const;
registerEnumType(FiledByEnum, { name: 'FiledBy' });

export const DeadlineStatusEnum = {
  computed: 'computed',
  needs_calendar: 'needs_calendar',
  no_fixed_deadline: 'no_fixed_deadline',
  unknown: 'unknown',
} as const;
registerEnumType(DeadlineStatusEnum, {
  name: 'DeadlineStatus',
  description:
    'computed (a date), needs_calendar (store the district calendar), no_fixed_deadline, unknown.',
});

@ObjectType('LocalizedText', {
  description:
    'Text in the language asked for, or in English (`lang: EN`) when no words exist in that language yet: mark it so.',
})
export class LocalizedTextModel {
  @Field()
  text: string;

  @Field(() => LanguageEnum)
  lang: Lang;
}

@ObjectType('Deadline', { description: 'A deadline computed from a proceeding’s events.' })
export class DeadlineModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  proceedingId: string;

  @Field(() => ID)
  caseId: string;

  @Field({
    description: 'The rule id, e.g. resolution_period_end: for code; show `title(lang)` to people.',
  })
  ruleId: string;

  @Field(() => ProceedingKindEnum)
  proceedingKind: ProceedingKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null unless computed.' })
  due: string | null;

  @Field(() => DeadlineStatusEnum)
  status: string;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => [String], { description: 'The citations the deadline rests on.' })
  basis: string[];

  @Field()
  confidence: string;

  /** The English note stored with the deadline (`note(lang)` writes it in a language). */
  storedNote: string;

  /** The note as a rules message; null for deadlines stored before messages existed. */
  message: RulesMessage | null;

  @Field()
  fallsOnNonBusinessDay: boolean;

  @Field({ description: 'Due before today.' })
  overdue: boolean;

  @Field(() => String, { nullable: true })
  studentName: string | null;
}

@ObjectType('ProceedingEvent')
export class ProceedingEventModel {
  @Field(() => ID)
  id: string;

  /** The proceeding's kind: an event id means a different step in another kind. */
  kind: ProceedingKind;

  @Field({ description: 'The event id, e.g. complaint_received: for code; show `label(lang)`.' })
  type: string;

  @Field({ description: 'YYYY-MM-DD.' })
  date: string;

  @Field(() => Int, { nullable: true })
  schoolDays: number | null;

  @Field()
  recordedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The event this one corrects.' })
  correctsEventId: string | null;

  @Field({ description: 'True once a correction replaced it; kept for the history.' })
  superseded: boolean;

  @Field(() => String, { nullable: true })
  correctionReason: string | null;
}

@ObjectType('ProceedingEventType', { description: 'An event the proceeding’s kind accepts.' })
export class ProceedingEventTypeModel {
  kind: ProceedingKind;

  @Field({ description: 'The event id: for code; show `label(lang)` to people.' })
  type: string;

  @Field({ description: 'The state it moves the proceeding to.' })
  to: string;

  @Field({ description: 'What the event means, in English, for API clients.' })
  summary: string;
}

@ObjectType('Proceeding', { description: 'One pathway pursued inside a case.' })
export class ProceedingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => ProceedingKindEnum)
  kind: ProceedingKind;

  @Field({
    description:
      'The current state of the kind’s state machine: for code; show `stateLabel(lang)`.',
  })
  state: string;

  @Field(() => FiledByEnum)
  filedBy: string;

  @Field(() => [ProceedingEventTypeModel])
  eventTypes: ProceedingEventTypeModel[];

  @Field(() => [ProceedingEventModel], { description: 'Every event recorded, corrections kept.' })
  events: ProceedingEventModel[];

  @Field(() => [DeadlineModel])
  deadlines: DeadlineModel[];

  @Field()
  createdAt: Date;
}

@InputType('OpenProceedingInput')
export class OpenProceedingInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => ProceedingKindEnum)
  kind: string;

  @Field(() => FiledByEnum, { nullable: true, description: 'Who filed (due process); parent.' })
  filedBy?: string | null;
}

@InputType('RecordProceedingEventInput')
export class RecordProceedingEventInput {
  @Field(() => ID)
  proceedingId: string;

  @Field({ description: 'An event type the proceeding’s kind accepts.' })
  type: string;

  @Field({ description: 'YYYY-MM-DD; for *_scheduled events the day of the meeting.' })
  date: string;

  @Field(() => Int, { nullable: true, description: 'Length of a discipline removal.' })
  schoolDays?: number | null;
}

@InputType('CorrectProceedingEventInput')
export class CorrectProceedingEventInput {
  @Field(() => ID)
  eventId: string;

  @Field({ description: 'The right event type.' })
  type: string;

  @Field({ description: 'The right date, YYYY-MM-DD.' })
  date: string;

  @Field(() => Int, { nullable: true })
  schoolDays?: number | null;

  @Field({ description: 'Why the recorded event was wrong.' })
  reason: string;
}

@ObjectType('CalendarFeed', {
  description: 'A secret link to the member’s deadlines as an iCalendar feed; shown once.',
})
export class CalendarFeedModel {
  @Field({ description: 'Path on the API, /calendar/<organization>/<token>.ics.' })
  path: string;

  @Field()
  createdAt: Date;
}
