import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context/request-context';
import { Clock } from '../../platform/clock/clock';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { DeadlineEntity, ProceedingEntity } from './proceeding.entity';
import type { DeadlineModel, ProceedingModel } from './proceedings.model';
import { ProceedingsService, toDeadlineModel } from './proceedings.service';

interface ProceedingLoaderSet {
  byCase: DataLoader<string, ProceedingModel[]>;
  nextDeadline: DataLoader<string, DeadlineModel | null>;
}

const perRequest = new WeakMap<RequestContext, ProceedingLoaderSet>();

/** Per-request DataLoaders for a case's proceedings and its next deadline. */
@Injectable()
export class ProceedingLoaders {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly proceedings: ProceedingsService,
    private readonly clock: Clock,
  ) {}

  for(ctx: RequestContext): ProceedingLoaderSet {
    let set = perRequest.get(ctx);
    if (!set) {
      set = {
        byCase: new DataLoader(async (caseIds) => {
          const manager = await this.unitOfWork.manager(ctx);
          const rows = await manager.find(ProceedingEntity, {
            where: { ...tenantScope.where(ctx), caseId: In([...caseIds]) },
            order: { createdAt: 'ASC' },
          });
          const models = await this.proceedings.models(ctx, rows);
          return caseIds.map((id) => models.filter((p) => p.caseId === id));
        }),
        nextDeadline: new DataLoader(async (caseIds) => {
          const manager = await this.unitOfWork.manager(ctx);
          const on = await this.clock.today(ctx);
          const rows = (await manager
            .createQueryBuilder(DeadlineEntity, 'd')
            .distinctOn(['d.case_id'])
            .innerJoinAndMapOne(
              'd.proceeding',
              ProceedingEntity,
              'p',
              'p.organization_id = d.organization_id AND p.id = d.proceeding_id',
            )
            .where(...tenantScope.sql(ctx, 'd'))
            .andWhere('d.caseId IN (:...caseIds)', { caseIds: [...caseIds] })
            .andWhere(`d.status = 'computed' AND d.due >= CAST(:on AS date)`, { on })
            .orderBy('d.case_id')
            .addOrderBy('d.due', 'ASC')
            .getMany()) as (DeadlineEntity & { proceeding: ProceedingEntity })[];
          return caseIds.map((id) => {
            const d = rows.find((r) => r.caseId === id);
            return d ? toDeadlineModel(d, d.proceeding.kind, null, on) : null;
          });
        }),
      };
      perRequest.set(ctx, set);
    }
    return set;
  }
}
