import { Column, CreateDateColumn, Entity } from 'typeorm';
import { CaseRecord, TenantRow } from '../../platform/database/tenant-row';

export const DOCUMENT_TYPES = [
  'iep',
  'evaluation',
  'progress_report',
  'email',
  'notice',
  'prior_written_notice',
  'medical',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_VISIBILITIES = ['shared', 'internal'] as const;
/** `shared`: the family sees it; `internal`: the organization's staff only. */
export type DocumentVisibility = (typeof DOCUMENT_VISIBILITIES)[number];

/** A record in a case (an IEP, an evaluation, a notice, ...); its files are its versions. */
@Entity({ name: 'documents' })
export class DocumentEntity extends CaseRecord {
  @Column('text')
  title: string;

  @Column('text')
  type: DocumentType;

  @Column('date', { nullable: true })
  documentDate: string | null;

  @Column('text')
  visibility: DocumentVisibility;

  /** The current version's extracted text; the generated `search_vector` indexes it. */
  @Column('text', { default: '', select: false })
  contentText: string;

  @Column('int', { default: 1 })
  versionCount: number;

  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;
}

/** One uploaded file of a document; never changed once written. */
@Entity({ name: 'document_versions' })
export class DocumentVersionEntity extends TenantRow {
  @Column('uuid')
  documentId: string;

  @Column('int')
  versionNumber: number;

  @Column('text')
  fileName: string;

  /** Sniffed from the bytes at upload, never taken from the client. */
  @Column('text')
  contentType: string;

  @Column('bigint')
  sizeBytes: string;

  @Column('text')
  sha256: string;

  @Column('text')
  storageKey: string;

  @Column('uuid', { nullable: true })
  uploadedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
