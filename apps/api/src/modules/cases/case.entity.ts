import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const CASE_STATUSES = ['OPEN', 'ACTIVE', 'RESOLVED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** One student's dispute. */
@Entity({ name: 'cases' })
export class CaseEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'student_id' })
  studentId: string;

  @Column('uuid', { name: 'intake_id', nullable: true })
  intakeId: string | null;

  @Column('jsonb', { name: 'issue_categories', default: [] })
  issueCategories: string[];

  @Column('text')
  status: CaseStatus;

  @Column('text', { nullable: true })
  outcome: string | null;

  /** The furthest continuum step reached, a pathway id from packages/rules. */
  @Column('text')
  stage: string;

  /** Advocates' working notes; never shown to a parent. */
  @Column('text', { name: 'internal_notes', default: '' })
  internalNotes: string;

  @Column('uuid', { name: 'created_by_user_id', nullable: true })
  createdByUserId: string | null;

  /**
   * The student's state as a staff member confirmed it when the intake's state and the
   * student's record disagreed (modules/cases/case-state.ts); null until then.
   */
  @Column('text', { name: 'confirmed_state', nullable: true })
  confirmedState: string | null;

  @Column('timestamptz', { name: 'state_confirmed_at', nullable: true })
  stateConfirmedAt: Date | null;

  @Column('uuid', { name: 'state_confirmed_by_user_id', nullable: true })
  stateConfirmedByUserId: string | null;

  /**
   * The earliest deadline on or after the day it was computed, kept by triggers on deadlines
   * (migration 1764900000000); only the caseload's sort reads it, never as a date to show.
   */
  @Column({
    type: 'date',
    name: 'next_due',
    nullable: true,
    insert: false,
    update: false,
    select: false,
  })
  nextDue?: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'case_advocates' })
export class CaseAdvocateEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('timestamptz', { name: 'assigned_at', default: () => 'now()' })
  assignedAt: Date;
}

/** Everything recorded on a case, in order; append-only. */
@Entity({ name: 'case_timeline_entries' })
export class CaseTimelineEntryEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'case_id' })
  caseId: string;

  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' })
  occurredAt: Date;

  @Column('uuid', { name: 'actor_user_id', nullable: true })
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
