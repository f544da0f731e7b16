import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { DocumentModel } from '../documents/documents.model';
import { LanguageEnum } from '../families/families.model';
import { BindersService } from './binders.service';

@InputType()
export class SaveBinderToDocumentsInput {
  @Field(() => ID)
  proceedingId: string;

  @Field(() => [ID], { description: 'The exhibits, in the order they are to be numbered.' })
  documentIds: string[];

  @Field(() => LanguageEnum, { defaultValue: 'en' })
  lang: 'en' | 'es';

  @Field({
    defaultValue: false,
    description:
      'Whether Internal (staff-only) documents may be bound; they are then marked "Internal — not shared with the family" in the index and on their pages. Without it, choosing one is refused.',
  })
  includeInternal: boolean;
}

@Resolver()
export class BindersResolver {
  constructor(private readonly binders: BindersService) {}

  @Mutation(() => DocumentModel, {
    description:
      "Binds the chosen documents into the proceeding's evidence binder (cover, exhibit index, stamped pages) and saves it into the case's documents, internal until shared.",
  })
  saveBinderToDocuments(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveBinderToDocumentsInput,
  ): Promise<DocumentModel> {
    return this.binders.saveToDocuments(
      ctx,
      input.proceedingId,
      input.documentIds,
      input.lang,
      input.includeInternal,
    );
  }
}
