import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TenantRecord } from '../../platform/database/tenant-row';

export const LANGUAGES = ['en', 'es'] as const;
export type PrimaryLanguage = (typeof LANGUAGES)[number];
export const PLAN_TYPES = ['iep', '504', 'none'] as const;
export type StudentPlanType = (typeof PLAN_TYPES)[number];

/** A household served by the organization. */
@Entity({ name: 'families' })
export class FamilyEntity extends TenantRecord {
  @Column('text')
  name: string;

  @Column('text')
  primaryLanguage: PrimaryLanguage;

  /** How to reach the family before anyone has an account (a phone intake). */
  /**
   * The parents' primary language as the annual report counts it: a code of the organization's
   * languages list, or `declined`; null when not asked. Not the language Continuum writes in.
   */
  @Column('text', { nullable: true })
  parentLanguage: string | null;

  @Column('text', { nullable: true })
  contactPhone: string | null;

  @Column('text', { nullable: true })
  contactEmail: string | null;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/** A parent's account linked to a family: what a parent may see follows this link. */
@Entity({ name: 'family_parents' })
export class FamilyParentEntity {
  @PrimaryColumn('uuid')
  organizationId: string;

  @PrimaryColumn('uuid')
  familyId: string;

  @PrimaryColumn('uuid')
  userId: string;
}

@Entity({ name: 'students' })
export class StudentEntity extends TenantRecord {
  @Column('uuid')
  familyId: string;

  @Column('text')
  name: string;

  @Column('date', { nullable: true })
  dateOfBirth: string | null;

  /** The family chose not to give the child's age ("prefer not to say"), unlike a date not asked. */
  @Column('boolean', { default: false })
  dateOfBirthDeclined: boolean;

  @Column('text')
  state: string;

  @Column('text', { default: '' })
  district: string;

  @Column('text', { default: '' })
  school: string;

  @Column('text', { default: '' })
  grade: string;

  @Column('text')
  planType: StudentPlanType;

  @Column('jsonb', { default: [] })
  disabilityCategories: string[];

  /** Optional, for the PTI's annual grant report; null when the family chose not to say. */
  @Column('jsonb', { nullable: true })
  raceCategories: string[] | null;

  @Column('text', { nullable: true })
  ethnicity: string | null;
}
