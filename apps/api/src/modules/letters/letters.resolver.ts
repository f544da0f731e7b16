import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { LanguageEnum } from '../families/families.model';
import {
  DraftLetterInput,
  LetterFactsForCaseModel,
  LetterModel,
  LetterTemplateIdEnum,
  LetterTemplateModel,
  ReviseLetterInput,
  SetLetterStatusInput,
} from './letters.model';
import { LettersService } from './letters.service';

@Resolver(() => LetterModel)
export class LettersResolver {
  constructor(private readonly letters: LettersService) {}

  @Query(() => [LetterTemplateModel], {
    description: 'The letter templates, in continuum order, described in a language.',
  })
  letterTemplates(
    @Args('lang', { type: () => LanguageEnum }) lang: 'en' | 'es',
  ): LetterTemplateModel[] {
    return this.letters.templates(lang);
  }

  @Query(() => LetterFactsForCaseModel, {
    description:
      "A case's facts for a template, prefilled from the student, family and intake, with the required ones still missing.",
  })
  letterFactsForCase(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('template', { type: () => LetterTemplateIdEnum }) template: string,
    @Args('lang', { type: () => LanguageEnum }) lang: 'en' | 'es',
  ): Promise<LetterFactsForCaseModel> {
    return this.letters.factsForCase(ctx, caseId, template, lang);
  }

  @Query(() => LetterModel)
  letter(
    @Ctx() ctx: RequestContext,
    @Args('letterId', { type: () => ID }) letterId: string,
  ): Promise<LetterModel> {
    return this.letters.letter(ctx, letterId);
  }

  @Query(() => [LetterModel], {
    description: "A case's letters, newest first; a parent sees the final ones.",
  })
  caseLetters(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<LetterModel[]> {
    return this.letters.caseLetters(ctx, caseId);
  }

  @Mutation(() => LetterModel, {
    description: "Drafts a letter from a template with the case's facts; stored as version 1.",
  })
  draftLetter(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DraftLetterInput,
  ): Promise<LetterModel> {
    return this.letters.draft(ctx, input);
  }

  @Mutation(() => LetterModel, {
    description: 'Saves an edited letter as a new version; earlier versions are kept.',
  })
  reviseLetter(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReviseLetterInput,
  ): Promise<LetterModel> {
    return this.letters.revise(ctx, input);
  }

  @Mutation(() => LetterModel, {
    description: 'FINAL shares the letter with the family and stops edits; DRAFT reopens it.',
  })
  setLetterStatus(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetLetterStatusInput,
  ): Promise<LetterModel> {
    return this.letters.setStatus(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft letter with all its versions.' })
  deleteLetter(
    @Ctx() ctx: RequestContext,
    @Args('letterId', { type: () => ID }) letterId: string,
  ): Promise<boolean> {
    return this.letters.delete(ctx, letterId);
  }
}
