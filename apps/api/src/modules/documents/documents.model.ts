import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const DocumentTypeEnum = {
  IEP: 'iep',
  EVALUATION: 'evaluation',
  PROGRESS_REPORT: 'progress_report',
  EMAIL: 'email',
  NOTICE: 'notice',
  PRIOR_WRITTEN_NOTICE: 'prior_written_notice',
  MEDICAL: 'medical',
  OTHER: 'other',
} as const;
registerEnumType(DocumentTypeEnum, {
  name: 'DocumentType',
  description: 'What a document is; the same words as the upload form field `type` (lower case).',
});

export const DocumentVisibilityEnum = { SHARED: 'shared', INTERNAL: 'internal' } as const;
registerEnumType(DocumentVisibilityEnum, {
  name: 'DocumentVisibility',
  description: 'SHARED: the family sees it. INTERNAL: the organization’s staff only.',
});

@ObjectType('DocumentVersion', { description: 'One uploaded file of a document.' })
export class DocumentVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  versionNumber: number;

  @Field({ description: 'Sanitized; the extension matches the sniffed content type.' })
  fileName: string;

  @Field({ description: 'Sniffed from the bytes at upload.' })
  contentType: string;

  @Field(() => Float)
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the bytes, hex.' })
  sha256: string;

  @Field(() => String, { nullable: true })
  uploadedByName: string | null;

  @Field()
  createdAt: Date;

  @Field({ description: 'Where to GET the bytes (relative to the API), with the session cookie.' })
  downloadPath: string;
}

@ObjectType('Document', { description: 'A record in a case: IEP, evaluation, notice, ...' })
export class DocumentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field()
  title: string;

  @Field(() => DocumentTypeEnum)
  type: string;

  @Field(() => String, { nullable: true, description: 'The date on the document, YYYY-MM-DD.' })
  documentDate: string | null;

  @Field(() => DocumentVisibilityEnum)
  visibility: string;

  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => DocumentVersionModel, { description: 'The newest version.' })
  currentVersion: DocumentVersionModel;

  @Field(() => [DocumentVersionModel], { description: 'Every version, newest first.' })
  versions: DocumentVersionModel[];
}

@InputType()
export class CaseDocumentsFilterInput {
  @Field(() => DocumentTypeEnum, { nullable: true })
  type?: string | null;

  @Field(() => DocumentVisibilityEnum, { nullable: true })
  visibility?: string | null;

  @Field(() => String, { nullable: true, description: 'Words to find in titles and text.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;
}

@InputType()
export class UpdateDocumentInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => DocumentTypeEnum, { nullable: true })
  type?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; an empty string clears it.' })
  documentDate?: string | null;

  @Field(() => DocumentVisibilityEnum, { nullable: true })
  visibility?: string | null;
}
