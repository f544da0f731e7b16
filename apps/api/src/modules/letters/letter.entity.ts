import type { LetterDocument, LetterFacts, LetterTemplateId } from '@continuum/rules';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { CaseRecord, TenantRow } from '../../platform/database/tenant-row';

export const LETTER_STATUSES = ['DRAFT', 'FINAL'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/**
 * A letter in a case. Its text lives in its versions; `currentVersion` points at the one
 * shown and exported by default. `facts` are the case facts it was first drafted from.
 */
@Entity({ name: 'letters' })
export class LetterEntity extends CaseRecord {
  @Column('text')
  template: LetterTemplateId;

  @Column('text')
  lang: 'en' | 'es';

  @Column('text')
  title: string;

  @Column('text')
  status: LetterStatus;

  @Column('int')
  currentVersion: number;

  @Column('jsonb', { default: {} })
  facts: LetterFacts;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/** One saved state of a letter: the whole document model, never changed once written. */
@Entity({ name: 'letter_versions' })
export class LetterVersionEntity extends TenantRow {
  @Column('uuid')
  letterId: string;

  @Column('int')
  version: number;

  @Column('text')
  title: string;

  @Column('jsonb')
  document: LetterDocument;

  @Column('uuid', { nullable: true })
  authorUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
