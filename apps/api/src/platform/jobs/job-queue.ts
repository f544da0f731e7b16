import { createHash } from 'node:crypto';
import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { POOL_ACQUIRE_TIMEOUT_MS } from '../database/pool-timeout';
import { JOB_SCHEMA } from './job-schema';

export type JobHandler<T> = (data: T) => Promise<void>;

export interface WorkerOptions {
  /**
   * How many of the queue's jobs run at once (1 unless said). Each fetch takes up to this many,
   * highest priority first, and a full fetch is followed by the next at once, not after the
   * polling interval: a backlog drains at the handlers' pace.
   */
  concurrency?: number;
}

/** A recurring job: pg-boss sends it on its cron, whatever became of the previous run. */
export interface JobSchedule {
  queue: string;
  /** Five-field cron, read in `tz`. */
  cron: string;
  tz: string;
}

/**
 * Jobs in PostgreSQL (pg-boss), run as the application role. A job is sent inside the
 * request's transaction, so it exists exactly when the work that asked for it committed.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<
    string,
    { handler: JobHandler<unknown>; concurrency: number }
  >();
  private readonly schedules = new Map<string, JobSchedule>();
  private started = false;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    const url = (dataSource.options as PostgresConnectionOptions).url;
    // pg-boss hands these options to pg's Pool whole; its types omit the pool's acquire
    // timeout, without which a busy pool makes a caller wait for ever instead of failing.
    const options: PgBoss.ConstructorOptions & { connectionTimeoutMillis: number } = {
      connectionString: url,
      schema: JOB_SCHEMA,
      migrate: false,
      // pg-boss's timekeeper sends scheduled jobs (one process per minute across all, by a
      // lock in its own tables); only processes that run workers keep time.
      schedule: config.jobs.workers,
      supervise: true,
      max: 4,
      application_name: 'continuum-jobs',
      connectionTimeoutMillis: POOL_ACQUIRE_TIMEOUT_MS,
    };
    this.boss = new PgBoss(options);
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
  }

  /** Registers a handler; workers start with the application when JOB_WORKERS is true. */
  register<T>(queue: string, handler: JobHandler<T>, options: WorkerOptions = {}): void {
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
    this.handlers.set(queue, { handler: handler as JobHandler<unknown>, concurrency });
  }

  /**
   * Puts a queue on pg-boss's schedule. Each run is its own job, sent by pg-boss's clock and not
   * by the run before it, so a failed run (retries spent) never stops the next one.
   */
  schedule(schedule: JobSchedule): void {
    this.schedules.set(schedule.queue, schedule);
  }

  /**
   * Sends a job in the caller's transaction. With an `id`, sending the same id again is a
   * no-op (pg-boss inserts on conflict do nothing), which makes a job idempotent by key.
   * A higher `priority` is fetched before every queued job of a lower one.
   */
  async send<T extends object>(
    manager: EntityManager,
    queue: string,
    data: T,
    options: { id?: string; startAfter?: Date; singletonKey?: string; priority?: number } = {},
  ): Promise<void> {
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: await manager.query<unknown[]>(text, values),
      }),
    };
    await this.boss.send(queue, data, { db, ...options });
  }

  /**
   * Queues several jobs of one queue in the caller's transaction in one statement (a mail to
   * each advocate of an organization), where `send` costs a statement each.
   */
  async sendAll<T extends object>(
    manager: EntityManager,
    queue: string,
    jobs: { data: T; priority?: number }[],
  ): Promise<void> {
    if (!jobs.length) return;
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: await manager.query<unknown[]>(text, values),
      }),
    };
    await this.boss.insert(
      jobs.map((job) => ({ name: queue, data: job.data, priority: job.priority })),
      { db },
    );
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  /** After every module's onModuleInit, so every handler is registered. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.workers) return;
    // The schedules in the database are the code's: upserted by name, and any no longer in
    // the code removed, so a renamed job does not keep firing.
    for (const stale of await this.boss.getSchedules())
      if (!this.schedules.has(stale.name)) await this.boss.unschedule(stale.name);
    for (const { queue, cron, tz } of this.schedules.values())
      await this.boss.schedule(queue, cron, {}, { tz });
    for (const [queue, { handler, concurrency }] of this.handlers) {
      let workerId = '';
      workerId = await this.boss.work<unknown>(
        queue,
        { pollingIntervalSeconds: this.config.jobs.pollingIntervalSeconds, batchSize: concurrency },
        async (jobs) => {
          // A full fetch means more may be waiting: fetch again at once, not after the interval.
          if (jobs.length === concurrency && workerId) this.boss.notifyWorker(workerId);
          if (concurrency === 1) {
            for (const job of jobs) await handler(job.data);
            return;
          }
          const results = await Promise.allSettled(jobs.map((job) => handler(job.data)));
          // Each job fails on its own (pg-boss retries it); the rest of the fetch completes.
          for (const [index, result] of results.entries()) {
            if (result.status === 'rejected')
              await this.boss.fail(queue, jobs[index]!.id, {
                message:
                  result.reason instanceof Error ? result.reason.message : String(result.reason),
              });
          }
        },
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

/** A stable UUID for a job key, so that the same work is never queued twice. */
export function jobId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
