import type { Recommendation } from '@continuum/rules';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PrimaryLanguage } from '../families/family.entity';

export const INTAKE_STATUSES = ['DRAFT', 'SUBMITTED', 'TRIAGED'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

@Entity({ name: 'intakes' })
export class IntakeEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'family_id' })
  familyId: string;

  @Column('uuid', { name: 'student_id', nullable: true })
  studentId: string | null;

  @Column('text')
  status: IntakeStatus;

  @Column('text', { name: 'questionnaire_version' })
  questionnaireVersion: string;

  @Column('text')
  lang: PrimaryLanguage;

  @Column('jsonb', { default: {} })
  answers: Record<string, unknown>;

  @Column('jsonb', { nullable: true })
  recommendation: Recommendation | null;

  @Column('uuid', { name: 'created_by_user_id', nullable: true })
  createdByUserId: string | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  /** The submission date the recommendation was computed for (the rules never read a clock). */
  @Column('date', { name: 'submitted_on', nullable: true })
  submittedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
