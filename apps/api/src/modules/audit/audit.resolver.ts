import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { AuditEventFilter, AuditEventModel, AuditEventPage } from './audit.model';
import { AuditService } from './audit.service';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventPage, {
    description: "The active organization's audit trail, newest first (org admins).",
  })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => AuditEventFilter, nullable: true })
    filter: AuditEventFilter | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditEventPage> {
    return this.audit.list(ctx, filter ?? {}, first, after);
  }
}
