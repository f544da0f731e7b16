import {
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  OmitType,
  PartialType,
  registerEnumType,
} from '@nestjs/graphql';
import { CaseRecordModel } from '../../platform/graphql/case-record-model';
import type { CommunicationMode, MeetingKind, NoteVisibility } from './case-logs.entities';
import { DocumentModel } from '../documents/documents.model';
import type {
  ServiceDayBasis,
  ServiceFrequency,
  ServicePeriodStatus,
  SessionStatus,
} from './service-delivery';

export const MeetingKindEnum = {
  iep: 'iep',
  ifsp: 'ifsp',
  plan_504: 'plan_504',
  eligibility: 'eligibility',
  resolution: 'resolution',
  mediation: 'mediation',
  facilitation: 'facilitation',
  hearing: 'hearing',
  other: 'other',
} as const;
registerEnumType(MeetingKindEnum, { name: 'MeetingKind' });

export const CommunicationModeEnum = {
  phone: 'phone',
  letter: 'letter',
  email_or_text: 'email_or_text',
  in_person_meeting: 'in_person_meeting',
  virtual_meeting: 'virtual_meeting',
} as const;
registerEnumType(CommunicationModeEnum, {
  name: 'CommunicationMode',
  description: 'Contact modes as Parent Centers code them in their annual report.',
});

export const ServiceFrequencyEnum = { WEEKLY: 'WEEKLY', MONTHLY: 'MONTHLY' } as const;
registerEnumType(ServiceFrequencyEnum, { name: 'ServiceFrequency' });

export const ServiceSessionStatusEnum = { DELIVERED: 'DELIVERED', MISSED: 'MISSED' } as const;
registerEnumType(ServiceSessionStatusEnum, { name: 'ServiceSessionStatus' });

export const ServicePeriodStatusEnum = {
  NO_SCHOOL: 'NO_SCHOOL',
  MET: 'MET',
  NOT_LOGGED: 'NOT_LOGGED',
  MISSED: 'MISSED',
  SHORT: 'SHORT',
} as const;
registerEnumType(ServicePeriodStatusEnum, {
  name: 'ServicePeriodStatus',
  description: 'What the log shows for a period (service-delivery.ts).',
  valuesMap: {
    NO_SCHOOL: { description: 'No school day inside the service’s dates: nothing required.' },
    MET: { description: 'Delivered at least what was required.' },
    NOT_LOGGED: { description: 'School days, and no session logged at all, delivered or missed.' },
    MISSED: { description: 'Short, with at least one session logged as missed.' },
    SHORT: { description: 'Short, with only delivered sessions logged.' },
  },
});

export const ServiceDayBasisEnum = {
  DISTRICT_CALENDAR: 'DISTRICT_CALENDAR',
  WEEKDAYS: 'WEEKDAYS',
} as const;
registerEnumType(ServiceDayBasisEnum, {
  name: 'ServiceDayBasis',
  description: 'What a period’s school days were counted on.',
  valuesMap: {
    DISTRICT_CALENDAR: { description: 'The district’s saved calendars, for every day.' },
    WEEKDAYS: {
      description:
        'Monday to Friday, for at least one day no saved calendar of the district reaches: breaks are not taken out.',
    },
  },
});

export const NoteVisibilityEnum = { INTERNAL: 'INTERNAL', SHARED: 'SHARED' } as const;
registerEnumType(NoteVisibilityEnum, {
  name: 'NoteVisibility',
  description: 'INTERNAL: the organization’s staff only; SHARED: also the family.',
});

// ---- Meetings ----

@ObjectType('Meeting', { description: 'A meeting held about the case.' })
export class MeetingModel extends CaseRecordModel {
  @Field({ description: 'YYYY-MM-DD.' })
  heldOn: string;

  @Field(() => MeetingKindEnum)
  kind: MeetingKind;

  @Field(() => [String])
  attendees: string[];

  @Field(() => [ID], {
    description:
      "Staff of the organization who attended: the meetings counted in the annual report's Section IV.",
  })
  staffUserIds: string[];

  @Field({ description: 'What the school or district proposed.' })
  proposed: string;

  @Field({ description: 'What the parent objected to.' })
  parentObjections: string;

  @Field()
  followUps: string;

  @Field(() => [ID], {
    description: 'Ids of the linked documents the signed-in member may read, in their order.',
  })
  documentIds: string[];

  @Field(() => [DocumentModel], {
    description:
      'The linked documents the signed-in member may read (archived ones too), in their order.',
  })
  documents: DocumentModel[];
}

@InputType('LogMeetingInput')
export class LogMeetingInput {
  @Field(() => ID)
  caseId: string;

  @Field({ description: 'YYYY-MM-DD, not after today.' })
  heldOn: string;

  @Field(() => MeetingKindEnum)
  kind: MeetingKind;

  @Field(() => [String], { nullable: true })
  attendees?: string[] | null;

  @Field(() => String, { nullable: true })
  proposed?: string | null;

  @Field(() => String, { nullable: true })
  parentObjections?: string | null;

  @Field(() => String, { nullable: true })
  followUps?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Staff of the organization (org admins, advocates) who attended.',
  })
  staffUserIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Documents of the case, in order.' })
  documentIds?: string[] | null;
}

@InputType('UpdateMeetingInput', { description: 'Only the fields given change.' })
export class UpdateMeetingInput extends PartialType(
  OmitType(LogMeetingInput, ['caseId', 'documentIds'] as const),
  InputType,
) {
  @Field(() => ID)
  meetingId: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the links, in the order given; an empty list unlinks every document.',
  })
  documentIds?: string[] | null;
}

// ---- Communications ----

@ObjectType('Communication', { description: 'A contact about the case, coded by mode.' })
export class CommunicationModel extends CaseRecordModel {
  @Field({ description: 'YYYY-MM-DD.' })
  occurredOn: string;

  @Field(() => CommunicationModeEnum)
  mode: CommunicationMode;

  @Field(() => [String], { description: 'Who took part (names or roles).' })
  parties: string[];

  @Field()
  summary: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who was spoken with, from the organization’s people: it counts as their contact.',
  })
  personId: string | null;

  @Field(() => String, { nullable: true, description: 'That person’s name.' })
  personName: string | null;

  @Field(() => [ID], {
    description: 'Ids of the attachments the signed-in member may read, in their order.',
  })
  documentIds: string[];

  @Field(() => [DocumentModel], {
    description:
      'Attachments: the linked documents the signed-in member may read (archived ones too), in their order.',
  })
  documents: DocumentModel[];
}

@InputType('LogCommunicationInput')
export class LogCommunicationInput {
  @Field(() => ID)
  caseId: string;

  @Field({ description: 'YYYY-MM-DD, not after today.' })
  occurredOn: string;

  @Field(() => CommunicationModeEnum)
  mode: CommunicationMode;

  @Field(() => [String], { nullable: true })
  parties?: string[] | null;

  @Field()
  summary: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who was spoken with: a person of the organization (the annual report counts it).',
  })
  personId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Documents of the case, in order.' })
  documentIds?: string[] | null;
}

@InputType('UpdateCommunicationInput', { description: 'Only the fields given change.' })
export class UpdateCommunicationInput extends PartialType(
  OmitType(LogCommunicationInput, ['caseId', 'personId', 'documentIds'] as const),
  InputType,
) {
  @Field(() => ID)
  communicationId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who was spoken with: a person’s id, or an empty string for nobody named.',
  })
  personId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the links, in the order given; an empty list unlinks every document.',
  })
  documentIds?: string[] | null;
}

// ---- Service delivery ----

@ObjectType('ServicePeriod', {
  description: 'One week (Monday–Sunday) or calendar month of a service.',
})
export class ServicePeriodModel {
  @Field()
  start: string;

  @Field()
  end: string;

  @Field(() => Int, { description: 'Weekdays (Monday to Friday) of the whole period.' })
  weekdays: number;

  @Field(() => Int, {
    description:
      'School days of the period inside the service’s dates (weekdays where no district calendar reaches; summer weekdays for an extended school year service).',
  })
  schoolDays: number;

  @Field(() => ServiceDayBasisEnum)
  countedOn: ServiceDayBasis;

  @Field(() => Int, {
    description: 'The service’s minutes × schoolDays ÷ weekdays, rounded, at most the minutes.',
  })
  requiredMinutes: number;

  @Field(() => Int)
  deliveredMinutes: number;

  @Field(() => Int)
  missedMinutes: number;

  @Field(() => Int, { description: 'max(0, required − delivered).' })
  shortfallMinutes: number;

  @Field(() => Int, {
    description:
      'What the period adds to the time owed: an elapsed period its shortfall; the running one the minutes of its missed sessions, at most its shortfall. owedMissedMinutes + owedNotLoggedMinutes.',
  })
  owedMinutes: number;

  @Field(() => Int, {
    description: 'The part of owedMinutes that sessions logged as missed account for.',
  })
  owedMissedMinutes: number;

  @Field(() => Int, {
    description:
      'The rest of owedMinutes: required minutes of an elapsed period with no session logged, delivered or missed.',
  })
  owedNotLoggedMinutes: number;

  @Field(() => ServicePeriodStatusEnum)
  status: ServicePeriodStatus;

  @Field({ description: 'The period ended before the ledger’s day; only these count as owed.' })
  elapsed: boolean;
}

@ObjectType('ServiceSession', { description: 'A session of a service, delivered or missed.' })
export class ServiceSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  requirementId: string;

  @Field({ description: 'YYYY-MM-DD.' })
  date: string;

  @Field(() => Int, { description: 'Minutes delivered, or scheduled and missed.' })
  minutes: number;

  @Field(() => ServiceSessionStatusEnum)
  status: SessionStatus;

  @Field({ description: 'Why it was missed (or a remark).' })
  reason: string;

  @Field()
  createdAt: Date;
}

@ObjectType('ServiceRequirement', {
  description: 'A service the IEP requires, with its sessions and its ledger.',
})
export class ServiceRequirementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field()
  service: string;

  @Field(() => Int, { description: 'Minutes required per period.' })
  minutes: number;

  @Field(() => ServiceFrequencyEnum)
  frequency: ServiceFrequency;

  @Field()
  provider: string;

  @Field()
  startDate: string;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field({
    description:
      'Continues between school years (extended school year, 34 CFR 300.106): summer weekdays count.',
  })
  extendedSchoolYear: boolean;

  @Field(() => [ServiceSessionModel], { description: 'Oldest first.' })
  sessions: ServiceSessionModel[];

  @Field(() => [ServicePeriodModel])
  periods: ServicePeriodModel[];

  @Field(() => Int, { description: 'Over elapsed periods.' })
  requiredMinutes: number;

  @Field(() => Int, { description: 'Over elapsed periods.' })
  deliveredMinutes: number;

  @Field(() => Int, { description: 'Over every period listed, the running one included.' })
  missedMinutes: number;

  @Field(() => Int, {
    description:
      'The sum of the periods’ owedMinutes: each elapsed period’s max(0, required − delivered), plus the running period’s missed minutes (at most its shortfall). Arithmetic, not a legal finding.',
  })
  compensatoryMinutesOwed: number;

  @Field(() => Int, {
    description: 'Of the time owed, what sessions logged as missed account for.',
  })
  owedMissedMinutes: number;

  @Field(() => Int, { description: 'Of the time owed, what no session was logged for.' })
  owedNotLoggedMinutes: number;

  @Field(() => Int, { description: 'Elapsed periods with school days and no session logged.' })
  notLoggedPeriods: number;
}

@ObjectType('ServiceLog', { description: 'A case’s required services as of a day.' })
export class ServiceLogModel {
  @Field(() => ID)
  caseId: string;

  @Field({ description: 'The day the ledger is computed for (today unless asked).' })
  asOf: string;

  @Field(() => [ServiceRequirementModel])
  services: ServiceRequirementModel[];

  @Field(() => Int)
  compensatoryMinutesOwed: number;

  @Field(() => Int, {
    description: 'Of the time owed, what sessions logged as missed account for.',
  })
  owedMissedMinutes: number;

  @Field(() => Int, { description: 'Of the time owed, what no session was logged for.' })
  owedNotLoggedMinutes: number;

  @Field(() => Int, {
    description:
      'School-year calendars the organization has saved for the student’s district. None: every period is counted on weekdays (Monday to Friday), breaks not taken out.',
  })
  districtCalendars: number;
}

@InputType('AddServiceRequirementInput')
export class AddServiceRequirementInput {
  @Field(() => ID)
  caseId: string;

  @Field({ description: 'e.g. Speech-language therapy.' })
  service: string;

  @Field(() => Int, { description: 'Minutes per week or month, 1 to 10000.' })
  minutes: number;

  @Field(() => ServiceFrequencyEnum)
  frequency: ServiceFrequency;

  @Field(() => String, { nullable: true })
  provider?: string | null;

  @Field({ description: 'YYYY-MM-DD.' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; none while ongoing.' })
  endDate?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Continues between school years (extended school year); false unless given.',
  })
  extendedSchoolYear?: boolean | null;
}

@InputType('UpdateServiceRequirementInput', {
  description: 'Only the fields given change; endDate null clears it.',
})
export class UpdateServiceRequirementInput {
  @Field(() => ID)
  requirementId: string;

  @Field(() => String, { nullable: true })
  service?: string | null;

  @Field(() => Int, { nullable: true })
  minutes?: number | null;

  @Field(() => ServiceFrequencyEnum, { nullable: true })
  frequency?: ServiceFrequency | null;

  @Field(() => String, { nullable: true })
  provider?: string | null;

  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  extendedSchoolYear?: boolean | null;
}

@InputType('LogServiceSessionInput')
export class LogServiceSessionInput {
  @Field(() => ID)
  requirementId: string;

  @Field({ description: 'YYYY-MM-DD, within the service’s dates, not after today.' })
  date: string;

  @Field(() => Int, { description: 'Minutes delivered, or scheduled and missed (0 to 1440).' })
  minutes: number;

  @Field(() => ServiceSessionStatusEnum)
  status: SessionStatus;

  @Field(() => String, { nullable: true, description: 'Required when missed.' })
  reason?: string | null;
}

@InputType('UpdateServiceSessionInput', {
  description: 'Corrects a session; only the fields given change.',
})
export class UpdateServiceSessionInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => String, { nullable: true })
  date?: string | null;

  @Field(() => Int, { nullable: true })
  minutes?: number | null;

  @Field(() => ServiceSessionStatusEnum, { nullable: true })
  status?: SessionStatus | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

// ---- Notes ----

@ObjectType('Note', { description: 'A note on a case.' })
export class NoteModel extends CaseRecordModel {
  @Field(() => NoteVisibilityEnum)
  visibility: NoteVisibility;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true })
  authorUserId: string | null;

  @Field(() => String, { nullable: true })
  authorName: string | null;
}

@InputType('AddNoteInput')
export class AddNoteInput {
  @Field(() => ID)
  caseId: string;

  @Field()
  body: string;

  @Field(() => NoteVisibilityEnum, {
    nullable: true,
    description:
      'A note added without one is INTERNAL from staff and SHARED from a parent (who can write no other).',
  })
  visibility?: NoteVisibility | null;
}

@InputType('UpdateNoteInput', { description: 'Only the author rewrites a note.' })
export class UpdateNoteInput extends PartialType(
  OmitType(AddNoteInput, ['caseId'] as const),
  InputType,
) {
  @Field(() => ID)
  noteId: string;
}

// ---- Tasks ----

@ObjectType('Task', { description: 'Something to do on a case.' })
export class TaskModel extends CaseRecordModel {
  @Field()
  title: string;

  @Field(() => ID, { nullable: true })
  assigneeUserId: string | null;

  @Field(() => String, { nullable: true })
  assigneeName: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dueOn: string | null;

  @Field()
  done: boolean;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The case’s student.' })
  studentName: string | null;
}

@InputType('CreateTaskInput')
export class CreateTaskInput {
  @Field(() => ID)
  caseId: string;

  @Field()
  title: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An org admin, an advocate of the case, or a parent of the family.',
  })
  assigneeUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dueOn?: string | null;
}

@InputType('UpdateTaskInput', {
  description: 'Only the fields given change; assigneeUserId or dueOn null clears it.',
})
export class UpdateTaskInput extends PartialType(
  OmitType(CreateTaskInput, ['caseId'] as const),
  InputType,
) {
  @Field(() => ID)
  taskId: string;

  @Field(() => Boolean, { nullable: true })
  done?: boolean | null;
}
