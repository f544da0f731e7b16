import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { CaseRecordHitModel } from './record-search.model';
import { RecordSearchService } from './record-search.service';

@Resolver(() => CaseRecordHitModel)
export class RecordSearchResolver {
  constructor(private readonly search: RecordSearchService) {}

  @Query(() => [CaseRecordHitModel], {
    description:
      "Full-text search of a case's records (documents' titles and text, and notes; English and Spanish), best first, at most 50.",
  })
  searchCaseRecords(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('query') query: string,
  ): Promise<CaseRecordHitModel[]> {
    return this.search.search(ctx, caseId, query);
  }
}
