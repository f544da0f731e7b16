import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const LANGUAGES = ['en', 'es'] as const;
export type PrimaryLanguage = (typeof LANGUAGES)[number];
export const PLAN_TYPES = ['iep', '504', 'none'] as const;
export type StudentPlanType = (typeof PLAN_TYPES)[number];

/** A household served by the organization. */
@Entity({ name: 'families' })
export class FamilyEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'primary_language' })
  primaryLanguage: PrimaryLanguage;

  /** How to reach the family before anyone has an account (a phone intake). */
  /**
   * The parents' primary language as the annual report counts it: a code of the organization's
   * languages list, or `declined`; null when not asked. Not the language Continuum writes in.
   */
  @Column('text', { name: 'parent_language', nullable: true })
  parentLanguage: string | null;

  @Column('text', { name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail: string | null;

  @Column('uuid', { name: 'created_by_user_id', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A parent's account linked to a family: what a parent may see follows this link. */
@Entity({ name: 'family_parents' })
export class FamilyParentEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid', { name: 'family_id' })
  familyId: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;
}

@Entity({ name: 'students' })
export class StudentEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'family_id' })
  familyId: string;

  @Column('text')
  name: string;

  @Column('date', { name: 'date_of_birth', nullable: true })
  dateOfBirth: string | null;

  /** The family chose not to give the child's age ("prefer not to say"), unlike a date not asked. */
  @Column('boolean', { name: 'date_of_birth_declined', default: false })
  dateOfBirthDeclined: boolean;

  @Column('text')
  state: string;

  @Column('text', { default: '' })
  district: string;

  @Column('text', { default: '' })
  school: string;

  @Column('text', { default: '' })
  grade: string;

  @Column('text', { name: 'plan_type' })
  planType: StudentPlanType;

  @Column('jsonb', { name: 'disability_categories', default: [] })
  disabilityCategories: string[];

  /** Optional, for the PTI's annual grant report; null when the family chose not to say. */
  @Column('jsonb', { name: 'race_categories', nullable: true })
  raceCategories: string[] | null;

  @Column('text', { nullable: true })
  ethnicity: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
