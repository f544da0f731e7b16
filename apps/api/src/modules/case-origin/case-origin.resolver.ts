import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import type { StateQuestion } from '../cases/case-state';
import { CaseModel } from '../cases/cases.model';
import type { PrimaryLanguage } from '../families/family.entity';
import { LanguageEnum } from '../families/families.model';
import { IntakeModel } from '../intakes/intakes.model';
import {
  CarriedRecommendationModel,
  ConfirmCaseStateInput,
  StateQuestionModel,
} from './case-origin.model';
import { CaseOriginService } from './case-origin.service';

/** A case's intake, its carried recommendation and its state question. */
@Resolver(() => CaseModel)
export class CaseOriginResolver {
  constructor(private readonly origin: CaseOriginService) {}

  @ResolveField(() => IntakeModel, {
    nullable: true,
    description:
      'The intake the case was opened from; null when none, or the reader may not see it.',
  })
  intake(@Ctx() ctx: RequestContext, @Parent() parent: CaseModel): Promise<IntakeModel | null> {
    return this.origin.intake(ctx, parent);
  }

  @ResolveField(() => CarriedRecommendationModel, {
    nullable: true,
    description:
      'The recommendation of the intake the case was opened from, in `lang` (by default the family’s); null when none, or the reader may not see the intake.',
  })
  carriedRecommendation(
    @Ctx() ctx: RequestContext,
    @Parent() parent: CaseModel,
    @Args('lang', { type: () => LanguageEnum, nullable: true }) lang?: PrimaryLanguage | null,
  ): Promise<CarriedRecommendationModel | null> {
    return this.origin.recommendation(ctx, parent, lang);
  }

  @ResolveField(() => StateQuestionModel, {
    nullable: true,
    description:
      'Set while the intake’s state and the student’s record disagree and no staff member has confirmed the state: every deadline of the case reads unknown until `confirmCaseState`.',
  })
  stateQuestion(
    @Ctx() ctx: RequestContext,
    @Parent() parent: CaseModel,
  ): Promise<StateQuestion | null> {
    return this.origin.caseStateQuestion(ctx, parent);
  }

  @Mutation(() => CaseModel, {
    description:
      'Confirms the student’s state for a case: the student’s record takes it and every proceeding’s deadlines are computed again.',
  })
  confirmCaseState(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ConfirmCaseStateInput,
  ): Promise<CaseModel> {
    return this.origin.confirmCaseState(ctx, input);
  }
}

/** The intake review's state question. */
@Resolver(() => IntakeModel)
export class IntakeStateResolver {
  constructor(private readonly origin: CaseOriginService) {}

  @ResolveField(() => StateQuestionModel, {
    nullable: true,
    description:
      'Set when the intake’s state differs from the record of the student it is about (the one it names, or the family’s only child), until confirmed; answer it with `createCaseFromIntake(confirmedState)` or on the case.',
  })
  stateQuestion(
    @Ctx() ctx: RequestContext,
    @Parent() parent: IntakeModel,
  ): Promise<StateQuestion | null> {
    return this.origin.intakeStateQuestion(ctx, parent);
  }
}
