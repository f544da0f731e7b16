import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CaseTimelineEntryEntity } from './case.entity';

/** Writes a case's timeline: every change to a case or its proceedings adds an entry. */
@Injectable()
export class CaseTimeline {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async add(
    ctx: RequestContext,
    caseId: string,
    kind: string,
    summary: string,
    details: CaseTimelineEntryEntity['details'] = {},
    internal = false,
  ): Promise<void> {
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(CaseTimelineEntryEntity, {
      organizationId: ctx.organizationId!,
      id: randomUUID(),
      caseId,
      occurredAt: new Date(),
      actorUserId: ctx.actor?.userId || null,
      kind,
      summary,
      internal,
      details,
    });
  }
}
