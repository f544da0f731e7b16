import type { DeadlineStatus, FiledBy, ProceedingKind, RulesMessage } from '@continuum/rules';
import { Column, Entity } from 'typeorm';
import { CaseRecord, TenantRow } from '../../platform/database/tenant-row';

/** One pathway pursued inside a case; `state` is its kind's state machine's state. */
@Entity({ name: 'proceedings' })
export class ProceedingEntity extends CaseRecord {
  @Column('text')
  kind: ProceedingKind;

  @Column('text')
  state: string;

  @Column('text')
  filedBy: FiledBy;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/**
 * Something that happened in a proceeding. A correction never edits a row: it marks the
 * wrong one superseded and records the right one pointing back at it.
 */
@Entity({ name: 'proceeding_events' })
export class ProceedingEventEntity extends TenantRow {
  @Column('uuid')
  proceedingId: string;

  @Column('text')
  type: string;

  @Column('date')
  date: string;

  @Column('int', { nullable: true })
  schoolDays: number | null;

  @Column('timestamptz', { default: () => 'now()' })
  recordedAt: Date;

  @Column('uuid', { nullable: true })
  recordedByUserId: string | null;

  @Column('uuid', { nullable: true })
  correctsEventId: string | null;

  @Column('timestamptz', { nullable: true })
  supersededAt: Date | null;

  @Column('text', { nullable: true })
  correctionReason: string | null;
}

/** A deadline as last computed from the proceeding's events, with its legal basis. */
@Entity({ name: 'deadlines' })
export class DeadlineEntity extends TenantRow {
  @Column('uuid')
  proceedingId: string;

  @Column('uuid')
  caseId: string;

  /** The rule's id in packages/rules, e.g. `resolution_period_end`. */
  @Column('text')
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

  @Column('boolean', { default: false })
  fallsOnNonBusinessDay: boolean;

  @Column('timestamptz', { default: () => 'now()' })
  computedAt: Date;

  /** `RULES_DATA_VERSION` of the rules it was computed with; null before versions were kept. */
  @Column('text', { nullable: true })
  rulesVersion: string | null;

  /** The district calendar it was computed with; null when none was used. */
  @Column('uuid', { nullable: true })
  calendarId: string | null;
}
