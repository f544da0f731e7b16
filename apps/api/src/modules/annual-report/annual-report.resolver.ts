import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import {
  AnnualReportModel,
  AnnualReportRowsModel,
  ReportListModel,
  SetReportListInput,
} from './annual-report.model';
import { AnnualReportService } from './annual-report.service';

@Resolver(() => AnnualReportModel)
export class AnnualReportResolver {
  constructor(private readonly reports: AnnualReportService) {}

  @Query(() => AnnualReportModel, {
    description:
      'The annual report of the program year that ends on September 30 of `year`: as submitted, or as the records say today (org admins).',
  })
  annualReport(
    @Ctx() ctx: RequestContext,
    @Args('year', { type: () => Int }) year: number,
    @Args('live', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Compute from the records even when the year was submitted.',
    })
    live: boolean,
  ): Promise<AnnualReportModel> {
    return live ? this.reports.compute(ctx, year) : this.reports.report(ctx, year);
  }

  @Query(() => AnnualReportRowsModel, {
    description:
      'The records behind one number of the live report: a line code (I.B1a, II.1, IV.A2, ADR) or III.<list>.<code> / V.<kind>.',
  })
  async annualReportRows(
    @Ctx() ctx: RequestContext,
    @Args('year', { type: () => Int }) year: number,
    @Args('line') line: string,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<AnnualReportRowsModel> {
    const { rows, ...rest } = await this.reports.rows(ctx, year, line, first, offset);
    return { ...rest, nodes: rows };
  }

  @Query(() => [ReportListModel], {
    description:
      "The active organization's report lists (topics, outreach kinds, demographic categories): the choices its forms offer.",
  })
  reportLists(@Ctx() ctx: RequestContext): Promise<ReportListModel[]> {
    return this.reports.lists(ctx);
  }

  @Mutation(() => ReportListModel, {
    description:
      "Saves the organization's own version of one report list, replacing its default (org admins).",
  })
  setReportList(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetReportListInput,
  ): Promise<ReportListModel> {
    return this.reports.setList(ctx, input);
  }

  @Mutation(() => ReportListModel, {
    description: 'Goes back to the default version of one report list (org admins).',
  })
  resetReportList(
    @Ctx() ctx: RequestContext,
    @Args('name') name: string,
  ): Promise<ReportListModel> {
    return this.reports.resetList(ctx, name);
  }

  @Mutation(() => AnnualReportModel, {
    description:
      'Marks a program year that has ended as submitted: its numbers are frozen as they stand (org admins).',
  })
  submitAnnualReport(
    @Ctx() ctx: RequestContext,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<AnnualReportModel> {
    return this.reports.submit(ctx, year);
  }
}
