import type { Lang } from '@continuum/rules';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { LanguageEnum } from '../families/families.model';
import { proceedingStateLabel } from '../proceedings/proceeding-words';
import { DashboardFilterInput, DashboardModel, DashboardOutcomeModel } from './dashboard.model';
import { DashboardService } from './dashboard.service';

@Resolver(() => DashboardModel)
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Query(() => DashboardModel, {
    description:
      "The organization's work for a date range: everyone's (org admins) or one staff member's; an advocate sees their own.",
  })
  dashboard(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DashboardFilterInput,
  ): Promise<DashboardModel> {
    return this.dashboards.dashboard(ctx, input);
  }
}

@Resolver(() => DashboardOutcomeModel)
export class DashboardOutcomeResolver {
  @ResolveField(() => String, { description: 'The state it ended in, in words.' })
  stateLabel(
    @Parent() outcome: DashboardOutcomeModel,
    @Args('lang', { type: () => LanguageEnum, description: 'The reader’s language.' }) lang: Lang,
  ): string {
    return proceedingStateLabel(outcome.state, lang);
  }
}
