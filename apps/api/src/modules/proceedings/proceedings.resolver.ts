import { deadlineTitle, eventLabel, type Lang } from '@continuum/rules';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { CaseModel } from '../cases/cases.model';
import { LanguageEnum } from '../families/families.model';
import { ProceedingLoaders } from './proceeding-loaders';
import { CalendarFeedService } from './calendar-feed.service';
import {
  CalendarFeedModel,
  CorrectProceedingEventInput,
  DeadlineModel,
  LocalizedTextModel,
  OpenProceedingInput,
  ProceedingEventModel,
  ProceedingEventTypeModel,
  ProceedingModel,
  RecordProceedingEventInput,
} from './proceedings.model';
import { deadlineNote, proceedingStateLabel } from './proceeding-words';
import { ProceedingsService } from './proceedings.service';

@Resolver(() => ProceedingModel)
export class ProceedingsResolver {
  constructor(
    private readonly proceedings: ProceedingsService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Mutation(() => CalendarFeedModel, {
    description: 'Makes a new secret link to your deadlines feed; the previous link stops working.',
  })
  createCalendarFeed(@Ctx() ctx: RequestContext): Promise<CalendarFeedModel> {
    return this.feeds.create(ctx);
  }

  @Mutation(() => Boolean, { description: 'Turns your deadlines feed link off.' })
  revokeCalendarFeed(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.feeds.revoke(ctx);
  }

  @Query(() => ProceedingModel)
  proceeding(
    @Ctx() ctx: RequestContext,
    @Args('proceedingId', { type: () => ID }) proceedingId: string,
  ): Promise<ProceedingModel> {
    return this.proceedings.proceeding(ctx, proceedingId);
  }

  @Query(() => [DeadlineModel], {
    description:
      "The signed-in member's deadlines across their open cases: overdue, then due within `withinDays`.",
  })
  deadlines(
    @Ctx() ctx: RequestContext,
    @Args('withinDays', { type: () => Int, defaultValue: 14 }) withinDays: number,
  ): Promise<DeadlineModel[]> {
    return this.proceedings.upcoming(ctx, withinDays);
  }

  @Mutation(() => ProceedingModel, { description: 'Opens a proceeding of a kind in a case.' })
  openProceeding(
    @Ctx() ctx: RequestContext,
    @Args('input') input: OpenProceedingInput,
  ): Promise<ProceedingModel> {
    return this.proceedings.open(ctx, input);
  }

  @Mutation(() => ProceedingModel, {
    description: 'Records an event; the state and deadlines are recomputed and stored.',
  })
  recordProceedingEvent(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordProceedingEventInput,
  ): Promise<ProceedingModel> {
    return this.proceedings.recordEvent(ctx, input);
  }

  @Mutation(() => ProceedingModel, {
    description: 'Replaces a wrongly recorded event; the wrong one stays in the history.',
  })
  correctProceedingEvent(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CorrectProceedingEventInput,
  ): Promise<ProceedingModel> {
    return this.proceedings.correctEvent(ctx, input);
  }
}

/** A case's proceedings and next deadline, batched per request. */
@Resolver(() => CaseModel)
export class CaseProceedingsResolver {
  constructor(private readonly loaders: ProceedingLoaders) {}

  @ResolveField(() => [ProceedingModel])
  proceedings(@Ctx() ctx: RequestContext, @Parent() parent: CaseModel): Promise<ProceedingModel[]> {
    return this.loaders.for(ctx).byCase.load(parent.id);
  }

  @ResolveField(() => DeadlineModel, {
    nullable: true,
    description: 'The soonest upcoming deadline.',
  })
  nextDeadline(
    @Ctx() ctx: RequestContext,
    @Parent() parent: CaseModel,
  ): Promise<DeadlineModel | null> {
    return this.loaders.for(ctx).nextDeadline.load(parent.id);
  }
}

const LANG_ARG = { type: () => LanguageEnum, description: 'The reader’s language.' } as const;

/** A deadline's words in the reader's language, from the rules' message catalog. */
@Resolver(() => DeadlineModel)
export class DeadlineWordsResolver {
  @ResolveField(() => String, { description: 'What the deadline is, in words.' })
  title(@Parent() deadline: DeadlineModel, @Args('lang', LANG_ARG) lang: Lang): string {
    return deadlineTitle(deadline.ruleId, lang);
  }

  @ResolveField(() => LocalizedTextModel, {
    description:
      'How the date was reached, in the reader’s language; in English (`lang: EN`) only for a note the rules’ catalog no longer knows.',
  })
  note(@Parent() deadline: DeadlineModel, @Args('lang', LANG_ARG) lang: Lang): LocalizedTextModel {
    return deadlineNote(deadline.message, deadline.storedNote, deadline.proceedingKind, lang);
  }
}

@Resolver(() => ProceedingEventModel)
export class ProceedingEventWordsResolver {
  @ResolveField(() => String, { description: 'The event in words.' })
  label(@Parent() event: ProceedingEventModel, @Args('lang', LANG_ARG) lang: Lang): string {
    return eventLabel(event.kind, event.type, lang);
  }
}

@Resolver(() => ProceedingEventTypeModel)
export class ProceedingEventTypeWordsResolver {
  @ResolveField(() => String, { description: 'The event in words.' })
  label(@Parent() event: ProceedingEventTypeModel, @Args('lang', LANG_ARG) lang: Lang): string {
    return eventLabel(event.kind, event.type, lang);
  }
}

@Resolver(() => ProceedingModel)
export class ProceedingWordsResolver {
  @ResolveField(() => String, { description: 'Where the proceeding stands, in words.' })
  stateLabel(@Parent() proceeding: ProceedingModel, @Args('lang', LANG_ARG) lang: Lang): string {
    return proceedingStateLabel(proceeding.state, lang);
  }
}
