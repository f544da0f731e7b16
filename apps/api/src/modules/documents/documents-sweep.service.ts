import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { JobQueue } from '../../platform/jobs/job-queue';
import { OBJECT_STORAGE, type ObjectStorage } from '../../platform/storage/object-storage';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { DocumentVersionEntity } from './document.entity';

export const SWEEP_QUEUE = 'documents.sweep';
/** Older than this, an unreferenced file cannot belong to an upload still in progress. */
export const SWEEP_GRACE_MS = 6 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface SweepResult {
  spoolFiles: number;
  objects: number;
}

/**
 * Removes what a crash or a killed upload can leave behind: spool files, and stored objects
 * that no document version references (the object is written before its row, so a crash in
 * between leaves an object without a row, never a row without an object). Runs hourly on
 * pg-boss's schedule: one sweep per hour whatever the number of API processes, and a failed
 * sweep does not stop the next hour's.
 */
@Injectable()
export class DocumentsSweepService implements OnModuleInit {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobQueue,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SWEEP_QUEUE, async () => {
      await this.sweep(new Date(Date.now() - SWEEP_GRACE_MS));
    });
    this.jobs.schedule({ queue: SWEEP_QUEUE, cron: '0 * * * *', tz: 'UTC' });
  }

  /** Deletes spool files and unreferenced objects last written before `before`. */
  async sweep(before: Date): Promise<SweepResult> {
    return { spoolFiles: await this.sweepSpool(before), objects: await this.sweepObjects(before) };
  }

  private async sweepSpool(before: Date): Promise<number> {
    const dir = this.config.documents.spoolDir;
    const names = await readdir(dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const info = await stat(join(dir, name)).catch(() => null);
      if (info?.isFile() && info.mtime < before) {
        await rm(join(dir, name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  private async sweepObjects(before: Date): Promise<number> {
    const candidates = new Map<string, string[]>();
    for await (const object of this.storage.list('')) {
      const organizationId = object.key.split('/')[0] ?? '';
      if (!UUID.test(organizationId) || object.lastModified >= before) continue;
      candidates.set(organizationId, [...(candidates.get(organizationId) ?? []), object.key]);
    }
    let removed = 0;
    for (const [organizationId, keys] of candidates) {
      // Outside any request, the sweep acts as each organization in turn: the unit of work
      // sets that organization for row-level security, and its context carries it to
      // tenantScope like a request's would. The organization comes from the object's key.
      const actor = { userId: '', sessionId: null, organizationId, role: null };
      const referenced = await this.unitOfWork.run(actor, async (manager, ctx) => {
        const rows = await manager
          .createQueryBuilder(DocumentVersionEntity, 'v')
          .select('v.storageKey', 'storageKey')
          .where(...tenantScope.sql(ctx, 'v'))
          .andWhere('v.storageKey = ANY(:keys)', { keys })
          .getRawMany<{ storageKey: string }>();
        return new Set(rows.map((r) => r.storageKey));
      });
      for (const key of keys) {
        if (referenced.has(key)) continue;
        await this.storage.delete(key);
        removed++;
      }
    }
    return removed;
  }
}
