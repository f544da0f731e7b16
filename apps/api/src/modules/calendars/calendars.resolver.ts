import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { DistrictCalendarModel, SaveDistrictCalendarInput } from './calendars.model';
import { CalendarsService } from './calendars.service';

@Resolver(() => DistrictCalendarModel)
export class CalendarsResolver {
  constructor(private readonly calendars: CalendarsService) {}

  @Query(() => [DistrictCalendarModel], {
    description: "The organization's district school calendars (org admins and advocates).",
  })
  districtCalendars(@Ctx() ctx: RequestContext): Promise<DistrictCalendarModel[]> {
    return this.calendars.calendars(ctx);
  }

  @Mutation(() => DistrictCalendarModel, {
    description: "Stores a district's school year (first day, last day, non-school days).",
  })
  saveDistrictCalendar(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveDistrictCalendarInput,
  ): Promise<DistrictCalendarModel> {
    return this.calendars.save(ctx, input);
  }
}
