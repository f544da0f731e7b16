import type { DeadlineStatus, FiledBy, ProceedingKind, RulesMessage } from '@continuum/rules';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One pathway pursued inside a case; `state` is its kind's state machine's state. */
@Entity({ name: 'proceedings' })
export class ProceedingEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'case_id' })
  caseId: string;

  @Column('text')
  kind: ProceedingKind;

  @Column('text')
  state: string;

  @Column('text', { name: 'filed_by' })
  filedBy: FiledBy;

  @Column('uuid', { name: 'created_by_user_id', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * Something that happened in a proceeding. A correction never edits a row: it marks the
 * wrong one superseded and records the right one pointing back at it.
 */
@Entity({ name: 'proceeding_events' })
export class ProceedingEventEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'proceeding_id' })
  proceedingId: string;

  @Column('text')
  type: string;

  @Column('date')
  date: string;

  @Column('int', { name: 'school_days', nullable: true })
  schoolDays: number | null;

  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;

  @Column('uuid', { name: 'recorded_by_user_id', nullable: true })
  recordedByUserId: string | null;

  @Column('uuid', { name: 'corrects_event_id', nullable: true })
  correctsEventId: string | null;

  @Column('timestamptz', { name: 'superseded_at', nullable: true })
  supersededAt: Date | null;

  @Column('text', { name: 'correction_reason', nullable: true })
  correctionReason: string | null;
}

/** A deadline as last computed from the proceeding's events, with its legal basis. */
@Entity({ name: 'deadlines' })
export class DeadlineEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'proceeding_id' })
  proceedingId: string;

  @Column('uuid', { name: 'case_id' })
  caseId: string;

  /** The rule's id in packages/rules, e.g. `resolution_period_end`. */
  @Column('text', { name: 'rule_id' })
  ruleId: string;

  @Column('date', { nullable: true })
  due: string | null;

  @Column('text')
  status: DeadlineStatus;

  @Column('text', { nullable: true })
  unit: string | null;

  @Column('jsonb', { default: [] })
  basis: string[];

  @Column('text')
  confidence: string;

  /** The English note, as the rules wrote it when the deadline was computed. */
  @Column('text')
  note: string;

  /**
   * The note as a rules message (key and parameters), written in the reader's language when
   * read; null for deadlines stored before messages existed (their English note stands).
   */
  @Column('jsonb', { nullable: true })
  message: RulesMessage | null;

  @Column('boolean', { name: 'falls_on_non_business_day', default: false })
  fallsOnNonBusinessDay: boolean;

  @Column('timestamptz', { name: 'computed_at', default: () => 'now()' })
  computedAt: Date;

  /** `RULES_DATA_VERSION` of the rules it was computed with; null before versions were kept. */
  @Column('text', { name: 'rules_version', nullable: true })
  rulesVersion: string | null;

  /** The district calendar it was computed with; null when none was used. */
  @Column('uuid', { name: 'calendar_id', nullable: true })
  calendarId: string | null;
}
