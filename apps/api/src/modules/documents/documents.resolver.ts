import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { CaseDocumentsFilterInput, DocumentModel, UpdateDocumentInput } from './documents.model';
import { DocumentsService } from './documents.service';

/** Documents are uploaded and downloaded over HTTP (documents.controller.ts); the rest is here. */
@Resolver(() => DocumentModel)
export class DocumentsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @Query(() => [DocumentModel], {
    description: "A case's documents the signed-in member may see, newest document date first.",
  })
  caseDocuments(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('filter', { type: () => CaseDocumentsFilterInput, nullable: true })
    filter: CaseDocumentsFilterInput | null,
  ): Promise<DocumentModel[]> {
    return this.documents.caseDocuments(ctx, caseId, filter ?? {});
  }

  @Query(() => DocumentModel, { description: 'One document with its versions.' })
  document(
    @Ctx() ctx: RequestContext,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<DocumentModel> {
    return this.documents.document(ctx, documentId);
  }

  @Mutation(() => DocumentModel, {
    description: "Changes a document's title, type, date or visibility.",
  })
  updateDocument(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateDocumentInput,
  ): Promise<DocumentModel> {
    return this.documents.update(ctx, input);
  }

  @Mutation(() => DocumentModel, {
    description: 'Archives a document: hidden from lists and search, kept with every version.',
  })
  archiveDocument(
    @Ctx() ctx: RequestContext,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<DocumentModel> {
    return this.documents.setArchived(ctx, documentId, true);
  }

  @Mutation(() => DocumentModel, { description: 'Brings an archived document back.' })
  restoreDocument(
    @Ctx() ctx: RequestContext,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<DocumentModel> {
    return this.documents.setArchived(ctx, documentId, false);
  }
}
