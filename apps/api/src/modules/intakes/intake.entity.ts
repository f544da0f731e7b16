import type { Recommendation } from '@continuum/rules';
import { Column, Entity } from 'typeorm';
import type { PrimaryLanguage } from '../families/family.entity';
import { TenantRecord } from '../../platform/database/tenant-row';

export const INTAKE_STATUSES = ['DRAFT', 'SUBMITTED', 'TRIAGED'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

@Entity({ name: 'intakes' })
export class IntakeEntity extends TenantRecord {
  @Column('uuid')
  familyId: string;

  @Column('uuid', { nullable: true })
  studentId: string | null;

  @Column('text')
  status: IntakeStatus;

  @Column('text')
  questionnaireVersion: string;

  @Column('text')
  lang: PrimaryLanguage;

  @Column('jsonb', { default: {} })
  answers: Record<string, unknown>;

  @Column('jsonb', { nullable: true })
  recommendation: Recommendation | null;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;

  @Column('timestamptz', { nullable: true })
  submittedAt: Date | null;

  /** The submission date the recommendation was computed for (the rules never read a clock). */
  @Column('date', { nullable: true })
  submittedOn: string | null;
}
