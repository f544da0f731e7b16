import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { DashboardFilterInput, DashboardModel } from './dashboard.model';
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
