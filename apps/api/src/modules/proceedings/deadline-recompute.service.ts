import { RULES_DATA_VERSION } from '@continuum/rules';
import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { Clock } from '../../platform/clock/clock';
import type { Actor } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { JobQueue } from '../../platform/jobs/job-queue';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { CalendarsService } from '../calendars/calendars.service';
import { CaseEntity } from '../cases/case.entity';
import { DeadlineRecomputeEntity } from './deadline-recompute.entity';
import { DeadlineRemindersService } from './deadline-reminders.service';
import { ProceedingEntity } from './proceeding.entity';
import { ProceedingsService } from './proceedings.service';

export const RECOMPUTE_QUEUE = 'deadlines.recompute';

/** Proceedings read per statement; each is then recomputed in its own transaction. */
const BATCH = 100;

export interface RecomputeJob {
  rulesVersion: string;
}

function systemActor(organizationId: string): Actor {
  return { userId: '', sessionId: null, organizationId, role: null };
}

/**
 * Keeps stored deadlines true to what they were computed from (issue 12, "deadlines never go
 * stale"):
 * - a saved district calendar recomputes, in the saving request, the proceedings of the
 *   organization's open cases whose student attends that district;
 * - a new rules-data version (`RULES_DATA_VERSION`) recomputes every open proceeding of
 *   every organization in a pg-boss job, started at boot when the stored progress says the
 *   code's version was never finished. The job is resumable (a cursor over organization and
 *   proceeding ids, moved in each proceeding's own short transaction), logs its progress,
 *   and is safe to run twice or on several processes: the queue holds one queued and one
 *   running job at most, each proceeding's recompute locks the proceeding, and a recompute
 *   that finds nothing changed writes nothing but the version stamp.
 */
@Injectable()
export class DeadlineRecomputeService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobQueue,
    private readonly proceedings: ProceedingsService,
    private readonly calendars: CalendarsService,
    private readonly reminders: DeadlineRemindersService,
    private readonly clock: Clock,
    private readonly logger: PinoLogger,
  ) {}

  onModuleInit(): void {
    this.jobs.register<RecomputeJob>(RECOMPUTE_QUEUE, async ({ rulesVersion }) => {
      await this.run(rulesVersion);
    });
    this.calendars.onSaved(async (ctx, { state, district }) => {
      await this.proceedings.recomputeDistrict(ctx, state, district);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.startIfStale(RULES_DATA_VERSION);
  }

  /** Queues the recompute for a version unless it has finished; true when queued. */
  async startIfStale(rulesVersion: string): Promise<boolean> {
    return this.unitOfWork.run(null, async (manager) => {
      const progress = await manager.findOneBy(DeadlineRecomputeEntity, { rulesVersion });
      if (progress?.finishedAt) return false;
      await this.jobs.send<RecomputeJob>(
        manager,
        RECOMPUTE_QUEUE,
        { rulesVersion },
        { singletonKey: rulesVersion },
      );
      this.logger.info({ rulesVersion }, 'deadline recompute queued');
      return true;
    });
  }

  /**
   * Recomputes every open proceeding against `rulesVersion`, from where an earlier run of
   * the same version stopped. Returns the progress as stored at the end.
   */
  async run(rulesVersion: string): Promise<DeadlineRecomputeEntity> {
    const progress = await this.unitOfWork.run(null, async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(DeadlineRecomputeEntity)
        .values({ rulesVersion })
        .orIgnore()
        .execute();
      return manager.findOneByOrFail(DeadlineRecomputeEntity, { rulesVersion });
    });
    if (progress.finishedAt) return progress;
    this.logger.info(
      { rulesVersion, proceedings: progress.proceedings, changed: progress.changed },
      progress.afterOrganization ? 'deadline recompute resumed' : 'deadline recompute started',
    );
    const organizations = await this.unitOfWork.run(null, (manager) =>
      manager.query<{ id: string }[]>('SELECT id FROM app_organization_clocks()'),
    );
    let proceedings = progress.proceedings;
    let changed = progress.changed;
    for (const { id: organizationId } of organizations) {
      if (progress.afterOrganization && organizationId < progress.afterOrganization) continue;
      let after = organizationId === progress.afterOrganization ? progress.afterProceeding : null;
      for (;;) {
        const batch = await this.openProceedings(organizationId, after);
        for (const proceedingId of batch) {
          changed += await this.recomputeOne(rulesVersion, organizationId, proceedingId);
          proceedings += 1;
          after = proceedingId;
        }
        if (batch.length)
          this.logger.info(
            { rulesVersion, organizationId, proceedings, changed },
            'deadline recompute progress',
          );
        if (batch.length < BATCH) break;
      }
    }
    return this.unitOfWork.run(null, async (manager) => {
      await manager.update(
        DeadlineRecomputeEntity,
        { rulesVersion },
        { finishedAt: new Date(), updatedAt: new Date() },
      );
      const done = await manager.findOneByOrFail(DeadlineRecomputeEntity, { rulesVersion });
      this.logger.info(
        { rulesVersion, proceedings: done.proceedings, changed: done.changed },
        'deadline recompute finished',
      );
      return done;
    });
  }

  private openProceedings(organizationId: string, after: string | null): Promise<string[]> {
    return this.unitOfWork.run(systemActor(organizationId), async (manager, ctx) => {
      const query = manager
        .createQueryBuilder(ProceedingEntity, 'p')
        .select('p.id', 'id')
        .innerJoin(CaseEntity, 'c', 'c.organization_id = p.organization_id AND c.id = p.case_id')
        .where(...tenantScope.sql(ctx, 'p'))
        .andWhere(`c.status IN ('OPEN', 'ACTIVE')`)
        .orderBy('p.id')
        .limit(BATCH);
      if (after) query.andWhere('p.id > :after', { after });
      return (await query.getRawMany<{ id: string }>()).map((r) => r.id);
    });
  }

  /**
   * One proceeding in its own transaction, with the cursor moved in the same transaction: the
   * stored progress is exactly the work committed. A cursor already past this proceeding
   * (another process got there first) is left where it is.
   */
  private recomputeOne(
    rulesVersion: string,
    organizationId: string,
    proceedingId: string,
  ): Promise<number> {
    return this.unitOfWork.run(systemActor(organizationId), async (manager, ctx) => {
      const changes = await this.proceedings.recomputeProceeding(
        ctx,
        proceedingId,
        'rules_data',
        rulesVersion,
      );
      await manager.query(
        `UPDATE deadline_recomputes
            SET after_organization = $2, after_proceeding = $3, proceedings = proceedings + 1,
                changed = changed + $4, updated_at = now()
          WHERE rules_version = $1
            AND (after_organization IS NULL OR (after_organization, after_proceeding) < ($2::uuid, $3::uuid))`,
        [rulesVersion, organizationId, proceedingId, changes.length],
      );
      // A date moved into the reminder window is reminded today, not at tomorrow's sweep.
      if (changes.length)
        await this.reminders.sweepSoon(manager, organizationId, await this.clock.today(ctx));
      return changes.length;
    });
  }
}
