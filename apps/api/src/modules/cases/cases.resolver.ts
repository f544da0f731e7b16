import type { Lang } from '@continuum/rules';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { type StudentModel, toStudentModel } from '../families/families.model';
import { LanguageEnum, StudentModel as StudentType } from '../families/families.model';
import { CaseLoaders } from './case-loaders';
import {
  AssignCaseAdvocatesInput,
  CaseAdvocateModel,
  CaseloadFilterInput,
  CaseloadPageModel,
  type CaseloadSort,
  CaseloadSortEnum,
  CaseModel,
  CaseTimelineEntryModel,
  CreateCaseFromIntakeInput,
  TimelineParamModel,
  UpdateCaseInput,
} from './cases.model';
import { CasesService } from './cases.service';
import { timelineParams } from './timeline-words';

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly loaders: CaseLoaders,
  ) {}

  @Query(() => CaseModel, { name: 'case' })
  caseById(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CaseModel> {
    return this.cases.case(ctx, caseId);
  }

  @Query(() => CaseloadPageModel, {
    description:
      'Cases the member may see (advocate: assigned, or all by organization setting; parent: own family), filtered and paged.',
  })
  caseload(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => CaseloadFilterInput, nullable: true })
    filter: CaseloadFilterInput | null,
    @Args('sort', { type: () => CaseloadSortEnum, defaultValue: 'UPDATED_AT_DESC' })
    sort: CaseloadSort,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CaseloadPageModel> {
    return this.cases.caseload(ctx, filter ?? {}, sort, first, after);
  }

  @Mutation(() => CaseModel, { description: 'Turns a submitted intake into a case.' })
  createCaseFromIntake(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateCaseFromIntakeInput,
  ): Promise<CaseModel> {
    return this.cases.createFromIntake(ctx, input);
  }

  @Mutation(() => CaseModel)
  updateCase(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCaseInput,
  ): Promise<CaseModel> {
    return this.cases.update(ctx, input);
  }

  @Mutation(() => CaseModel, { description: 'Sets the complete list of advocates on a case.' })
  assignCaseAdvocates(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AssignCaseAdvocatesInput,
  ): Promise<CaseModel> {
    return this.cases.assignAdvocates(ctx, input);
  }

  @ResolveField(() => StudentType)
  async student(@Ctx() ctx: RequestContext, @Parent() parent: CaseModel): Promise<StudentModel> {
    const student = await this.loaders.for(ctx).student.load(parent.studentId);
    return toStudentModel(student!);
  }

  @ResolveField(() => [CaseAdvocateModel])
  async advocates(
    @Ctx() ctx: RequestContext,
    @Parent() parent: CaseModel,
  ): Promise<CaseAdvocateModel[]> {
    const rows = await this.loaders.for(ctx).advocates.load(parent.id);
    return rows.map((a) => ({ userId: a.userId, name: a.user.name, email: a.user.email }));
  }

  @ResolveField(() => [CaseTimelineEntryModel], {
    description:
      'Everything recorded on the case, oldest first (a parent sees no internal entries).',
  })
  async timeline(
    @Ctx() ctx: RequestContext,
    @Parent() parent: CaseModel,
  ): Promise<CaseTimelineEntryModel[]> {
    const rows = await this.loaders.for(ctx).timeline.load(parent.id);
    // internalNotes is null exactly when the actor may not read the case's internal fields.
    const internalVisible = parent.internalNotes !== null;
    return rows
      .filter((t) => internalVisible || !t.internal)
      .map((t) => ({
        id: t.id,
        occurredAt: t.occurredAt,
        kind: t.kind,
        summary: t.summary,
        data: t.details,
        actorName: t.actor?.name ?? null,
      }));
  }
}

/** A timeline entry's parameters, with words in the reader's language for the rules' ids. */
@Resolver(() => CaseTimelineEntryModel)
export class CaseTimelineEntryResolver {
  @ResolveField(() => [TimelineParamModel])
  params(
    @Parent() entry: CaseTimelineEntryModel,
    @Args('lang', { type: () => LanguageEnum, description: 'The reader’s language.' }) lang: Lang,
  ): TimelineParamModel[] {
    return timelineParams(entry.data, lang);
  }
}
