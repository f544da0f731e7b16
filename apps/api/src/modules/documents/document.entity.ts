import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

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
export class DocumentEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'case_id' })
  caseId: string;

  @Column('text')
  title: string;

  @Column('text')
  type: DocumentType;

  @Column('date', { name: 'document_date', nullable: true })
  documentDate: string | null;

  @Column('text')
  visibility: DocumentVisibility;

  /** The current version's extracted text; the generated `search_vector` indexes it. */
  @Column('text', { name: 'content_text', default: '', select: false })
  contentText: string;

  @Column('int', { name: 'version_count', default: 1 })
  versionCount: number;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @Column('uuid', { name: 'created_by_user_id', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One uploaded file of a document; never changed once written. */
@Entity({ name: 'document_versions' })
export class DocumentVersionEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'document_id' })
  documentId: string;

  @Column('int', { name: 'version_number' })
  versionNumber: number;

  @Column('text', { name: 'file_name' })
  fileName: string;

  /** Sniffed from the bytes at upload, never taken from the client. */
  @Column('text', { name: 'content_type' })
  contentType: string;

  @Column('bigint', { name: 'size_bytes' })
  sizeBytes: string;

  @Column('text')
  sha256: string;

  @Column('text', { name: 'storage_key' })
  storageKey: string;

  @Column('uuid', { name: 'uploaded_by_user_id', nullable: true })
  uploadedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
