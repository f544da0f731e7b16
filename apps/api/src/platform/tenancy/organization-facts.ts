import { Injectable } from '@nestjs/common';
import type { OrganizationFacts, RequestContext } from '../context/request-context';
import { UnitOfWork } from '../database/unit-of-work';

/**
 * The acting organization's clock and settings, read once per request: with the session when
 * the request opens (UnitOfWork.openWithSession), else by the first caller. Whoever changes
 * them within the request calls `forget`, so the rest of the request reads the new values.
 */
@Injectable()
export class OrganizationFactsReader {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Null when the request acts in no organization. */
  async of(ctx: RequestContext): Promise<OrganizationFacts | null> {
    const organizationId = ctx.organizationId;
    if (!organizationId) return null;
    if (ctx.organization?.id === organizationId) return ctx.organization;
    const manager = await this.unitOfWork.manager(ctx);
    const [row] = await manager.query<{ time_zone: string; settings: Record<string, unknown> }[]>(
      'SELECT time_zone, settings FROM organizations WHERE id = $1',
      [organizationId],
    );
    if (!row) return null;
    ctx.organization = { id: organizationId, timeZone: row.time_zone, settings: row.settings };
    return ctx.organization;
  }

  forget(ctx: RequestContext): void {
    ctx.organization = null;
  }
}
