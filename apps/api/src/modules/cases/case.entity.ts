import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TenantRecord, TenantRow } from '../../platform/database/tenant-row';

export const CASE_STATUSES = ['OPEN', 'ACTIVE', 'RESOLVED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** One student's dispute. */
@Entity({ name: 'cases' })
export class CaseEntity extends TenantRecord {
  @Column('uuid')
  studentId: string;

  @Column('uuid', { nullable: true })
  intakeId: string | null;

  @Column('jsonb', { default: [] })
  issueCategories: string[];

  @Column('text')
  status: CaseStatus;

  @Column('text', { nullable: true })
  outcome: string | null;

  /** The furthest continuum step reached, a pathway id from packages/rules. */
  @Column('text')
  stage: string;

  /** Advocates' working notes; never shown to a parent. */
  @Column('text', { default: '' })
  internalNotes: string;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;

  /**
   * The student's state as a staff member confirmed it when the intake's state and the
   * student's record disagreed (modules/cases/case-state.ts); null until then.
   */
  @Column('text', { nullable: true })
  confirmedState: string | null;

  @Column('timestamptz', { nullable: true })
  stateConfirmedAt: Date | null;

  @Column('uuid', { nullable: true })
  stateConfirmedByUserId: string | null;

  /**
   * The earliest deadline on or after the day it was computed, kept by triggers on deadlines
   * (migration 1764900000000); only the caseload's sort reads it, never as a date to show.
   */
  @Column({
    type: 'date',
    nullable: true,
    insert: false,
    update: false,
    select: false,
  })
  nextDue?: string | null;
}

@Entity({ name: 'case_advocates' })
export class CaseAdvocateEntity {
  @PrimaryColumn('uuid')
  organizationId: string;

  @PrimaryColumn('uuid')
  caseId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @Column('timestamptz', { default: () => 'now()' })
  assignedAt: Date;
}

/** Everything recorded on a case, in order; append-only. */
@Entity({ name: 'case_timeline_entries' })
export class CaseTimelineEntryEntity extends TenantRow {
  @Column('uuid')
  caseId: string;

  @Column('timestamptz', { default: () => 'now()' })
  occurredAt: Date;

  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Column('text')
  kind: string;

  @Column('text')
  summary: string;

  @Column('boolean', { default: false })
  internal: boolean;

  @Column('jsonb', { default: {} })
  details: Record<string, string | number | boolean | null>;
}
