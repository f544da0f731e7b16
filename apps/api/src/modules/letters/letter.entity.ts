import type { LetterDocument, LetterFacts, LetterTemplateId } from '@continuum/rules';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const LETTER_STATUSES = ['DRAFT', 'FINAL'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/**
 * A letter in a case. Its text lives in its versions; `currentVersion` points at the one
 * shown and exported by default. `facts` are the case facts it was first drafted from.
 */
@Entity({ name: 'letters' })
export class LetterEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'case_id' })
  caseId: string;

  @Column('text')
  template: LetterTemplateId;

  @Column('text')
  lang: 'en' | 'es';

  @Column('text')
  title: string;

  @Column('text')
  status: LetterStatus;

  @Column('int', { name: 'current_version' })
  currentVersion: number;

  @Column('jsonb', { default: {} })
  facts: LetterFacts;

  @Column('uuid', { name: 'created_by_user_id', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One saved state of a letter: the whole document model, never changed once written. */
@Entity({ name: 'letter_versions' })
export class LetterVersionEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'letter_id' })
  letterId: string;

  @Column('int')
  version: number;

  @Column('text')
  title: string;

  @Column('jsonb')
  document: LetterDocument;

  @Column('uuid', { name: 'author_user_id', nullable: true })
  authorUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
