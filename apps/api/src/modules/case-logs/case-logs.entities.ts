import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CaseRecord, TenantRecord } from '../../platform/database/tenant-row';

export const MEETING_KINDS = [
  'iep',
  'ifsp',
  'plan_504',
  'eligibility',
  'resolution',
  'mediation',
  'facilitation',
  'hearing',
  'other',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Contact modes as Parent Centers code them in their annual report. */
export const COMMUNICATION_MODES = [
  'phone',
  'letter',
  'email_or_text',
  'in_person_meeting',
  'virtual_meeting',
] as const;
export type CommunicationMode = (typeof COMMUNICATION_MODES)[number];

export const SERVICE_FREQUENCIES = ['WEEKLY', 'MONTHLY'] as const;
export const SESSION_STATUSES = ['DELIVERED', 'MISSED'] as const;
export const NOTE_VISIBILITIES = ['INTERNAL', 'SHARED'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/** A meeting held about the case: who came, what the school proposed, what the parent refused. */
@Entity({ name: 'case_meetings' })
export class MeetingEntity extends CaseRecord {
  @Column('date')
  heldOn: string;

  @Column('text')
  kind: MeetingKind;

  @Column('text', { array: true, default: () => "'{}'" })
  attendees: string[];

  @Column('text', { default: '' })
  proposed: string;

  @Column('text', { default: '' })
  parentObjections: string;

  @Column('text', { default: '' })
  followUps: string;

  /** Staff of the organization who attended: the meetings counted in the annual report (IV.A). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  staffUserIds: string[];

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/** A service the IEP requires: so many minutes a week or a month, from a start to an end. */
@Entity({ name: 'service_requirements' })
export class ServiceRequirementEntity extends CaseRecord {
  @Column('text')
  service: string;

  @Column('int')
  minutes: number;

  @Column('text')
  frequency: (typeof SERVICE_FREQUENCIES)[number];

  @Column('text', { default: '' })
  provider: string;

  @Column('date')
  startDate: string;

  @Column('date', { nullable: true })
  endDate: string | null;

  /** Continues between school years (extended school year, 34 CFR 300.106). */
  @Column('boolean', { default: false })
  extendedSchoolYear: boolean;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/** One session of a required service, delivered or missed (with the reason given). */
@Entity({ name: 'service_sessions' })
export class ServiceSessionEntity extends TenantRecord {
  @Column('uuid')
  requirementId: string;

  @Column('uuid')
  caseId: string;

  @Column('date')
  sessionDate: string;

  @Column('int')
  minutes: number;

  @Column('text')
  status: (typeof SESSION_STATUSES)[number];

  @Column('text', { default: '' })
  reason: string;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/** A contact about the case (a call, a letter, an email, a meeting), coded by mode. */
@Entity({ name: 'case_communications' })
export class CommunicationEntity extends CaseRecord {
  @Column('date')
  occurredOn: string;

  @Column('text')
  mode: CommunicationMode;

  /** The parent (or other person) spoken with, when staff name one: it counts as their contact. */
  @Column('uuid', { nullable: true })
  personId: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  parties: string[];

  @Column('text')
  summary: string;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/** A document linked to a meeting, in the order the meeting lists them. */
@Entity({ name: 'meeting_documents' })
export class MeetingDocumentEntity {
  @PrimaryColumn('uuid')
  organizationId: string;

  @PrimaryColumn('uuid')
  meetingId: string;

  @PrimaryColumn('uuid')
  documentId: string;

  @Column('int')
  position: number;
}

/** A document attached to a communication, in the order the communication lists them. */
@Entity({ name: 'communication_documents' })
export class CommunicationDocumentEntity {
  @PrimaryColumn('uuid')
  organizationId: string;

  @PrimaryColumn('uuid')
  communicationId: string;

  @PrimaryColumn('uuid')
  documentId: string;

  @Column('int')
  position: number;
}

/**
 * A note on the case, internal (the organization's staff only) or shared with the family.
 * The table's generated `search` tsvector is deliberately not mapped: it is only queried.
 */
@Entity({ name: 'case_notes' })
export class NoteEntity extends CaseRecord {
  @Column('text')
  visibility: NoteVisibility;

  @Column('text')
  body: string;

  @Column('uuid', { nullable: true })
  authorUserId: string | null;
}

/** Something to do on the case, for a member of the organization, by a day. */
@Entity({ name: 'case_tasks' })
export class TaskEntity extends CaseRecord {
  @Column('text')
  title: string;

  @Column('uuid', { nullable: true })
  assigneeUserId: string | null;

  @Column('date', { nullable: true })
  dueOn: string | null;

  @Column('boolean', { default: false })
  done: boolean;

  @Column('timestamptz', { nullable: true })
  doneAt: Date | null;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

export const caseLogEntities = [
  MeetingEntity,
  MeetingDocumentEntity,
  ServiceRequirementEntity,
  ServiceSessionEntity,
  CommunicationEntity,
  CommunicationDocumentEntity,
  NoteEntity,
  TaskEntity,
];
