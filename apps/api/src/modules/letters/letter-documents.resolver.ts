import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { DocumentModel, DocumentVisibilityEnum } from '../documents/documents.model';
import { DocumentsService } from '../documents/documents.service';
import { LetterExportService } from './letter-export.service';
import type { LetterExportFormat } from './letter-file-name';

export const LetterExportFormatEnum = { DOCX: 'docx', PDF: 'pdf' } as const;
registerEnumType(LetterExportFormatEnum, {
  name: 'LetterExportFormat',
  description: 'A file format a letter exports to.',
});

@InputType()
export class SaveLetterToDocumentsInput {
  @Field(() => ID)
  letterId: string;

  @Field(() => LetterExportFormatEnum)
  format: LetterExportFormat;

  @Field(() => Int, { nullable: true, description: 'A version number; the current one if absent.' })
  version?: number | null;

  @Field(() => DocumentVisibilityEnum, {
    nullable: true,
    description: 'Internal to the organization unless shared with the family on purpose.',
  })
  visibility?: 'shared' | 'internal' | null;
}

/** Letters into the case's documents: the export is kept with the rest of the paper trail. */
@Resolver()
export class LetterDocumentsResolver {
  constructor(
    private readonly exports: LetterExportService,
    private readonly documents: DocumentsService,
  ) {}

  @Mutation(() => DocumentModel, {
    description: "Exports a letter (DOCX or PDF) and saves the file into its case's documents.",
  })
  async saveLetterToDocuments(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveLetterToDocumentsInput,
  ): Promise<DocumentModel> {
    const exported = await this.exports.render(
      ctx,
      input.letterId,
      input.format,
      input.version ?? undefined,
    );
    return this.documents.storeGenerated(ctx, exported.caseId, {
      bytes: exported.bytes,
      fileName: exported.fileName,
      title: exported.fileName.replace(/\.[^.]+$/, ''),
      type: 'other',
      visibility: input.visibility ?? 'internal',
    });
  }
}
