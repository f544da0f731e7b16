import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantRecord, TenantRow } from '../../platform/database/tenant-row';

/**
 * A Parent Center's records (migration 1764700000000, docs/domain.md "A Parent Center's year").
 * The roles and modes are the annual report's (../shared/domain/parent-center-report.md):
 * audiences of I.A/I.B and the four individual-assistance modes of I.B.
 */
export const PERSON_ROLES = ['parent', 'professional', 'student'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const CONTACT_MODES = ['phone', 'letter', 'electronic', 'meeting'] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];
export const DELIVERIES = ['in_person', 'virtual'] as const;
export type Delivery = (typeof DELIVERIES)[number];
export const ATTENDANCE_SOURCES = ['roster', 'count', 'sign_in_sheet'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];
/** Stored in `people.primary_language` when the person preferred not to say. */
export const DECLINED = 'declined';

/** One person, however many times they are in touch. */
@Entity({ name: 'people' })
export class PersonEntity extends TenantRecord {
  @Column('text')
  name: string;

  @Column('text')
  role: PersonRole;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  /** Digits of `phone`, computed by PostgreSQL; duplicates are found by it. */
  @Column({ type: 'text', nullable: true, insert: false, update: false })
  phoneDigits: string | null;

  @Column('text', { nullable: true })
  primaryLanguage: string | null;

  @Column('uuid', { nullable: true })
  familyId: string | null;

  @Column('uuid', { nullable: true })
  userId: string | null;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/** An individual-assistance contact (I.B). */
@Entity({ name: 'contacts' })
export class ContactEntity extends TenantRecord {
  @Column('uuid')
  personId: string;

  /** The role the person acted in for this contact. */
  @Column('text')
  role: PersonRole;

  @Column('text')
  mode: ContactMode;

  /** In person or virtual; only for a meeting. */
  @Column('text', { nullable: true })
  delivery: Delivery | null;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('uuid', { nullable: true })
  staffUserId: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  topics: string[];

  @Column('integer', { nullable: true })
  minutes: number | null;

  @Column('text', { default: '' })
  notes: string;

  @Column('text', { default: '' })
  followUp: string;

  @Column('date', { nullable: true })
  followUpOn: string | null;

  @Column('uuid', { nullable: true })
  caseId: string | null;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/** A training or event the center gave (I.A); it counts in the year of its first session. */
@Entity({ name: 'trainings' })
export class TrainingEntity extends TenantRecord {
  @Column('text')
  title: string;

  @Column('text')
  delivery: Delivery;

  @Column('boolean', { default: true })
  funded: boolean;

  @Column('text', { array: true, default: () => "'{}'" })
  topics: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  presenters: string[];

  @Column('text', { default: '' })
  notes: string;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

@Entity({ name: 'training_sessions' })
export class TrainingSessionEntity extends TenantRow {
  @Column('uuid')
  trainingId: string;

  @Column('timestamptz')
  startsAt: Date;

  @Column('integer', { nullable: true })
  minutes: number | null;
}

/** A known attendee, or a head count per audience when names were not taken. */
@Entity({ name: 'training_attendance' })
export class TrainingAttendanceEntity extends TenantRow {
  @Column('uuid')
  trainingId: string;

  @Column('uuid', { nullable: true })
  personId: string | null;

  @Column('text')
  role: PersonRole;

  @Column('integer', { default: 1 })
  headcount: number;

  @Column('text')
  source: AttendanceSource;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Outreach and dissemination (V): a kind from the organization's list and a count. */
@Entity({ name: 'outreach_activities' })
export class OutreachActivityEntity extends TenantRecord {
  @Column('text')
  kind: string;

  @Column('date')
  occurredOn: string;

  @Column('text', { default: '' })
  description: string;

  @Column('integer')
  count: number;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/** A report as submitted: never changed (the application role may not update or delete it). */
@Entity({ name: 'annual_reports' })
export class AnnualReportEntity extends TenantRow {
  @Column('integer')
  programYear: number;

  @Column('jsonb')
  snapshot: unknown;

  @Column('timestamptz', { default: () => 'now()' })
  submittedAt: Date;

  @Column('uuid', { nullable: true })
  submittedByUserId: string | null;
}

export const parentCenterEntities = [
  PersonEntity,
  ContactEntity,
  TrainingEntity,
  TrainingSessionEntity,
  TrainingAttendanceEntity,
  OutreachActivityEntity,
  AnnualReportEntity,
];
