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
import { JOB_SCHEMA } from './job-schema';

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Jobs in PostgreSQL (pg-boss), run as the application role. A job is sent inside the
 * request's transaction, so it exists exactly when the work that asked for it committed.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private started = false;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    const url = (dataSource.options as PostgresConnectionOptions).url;
    this.boss = new PgBoss({
      connectionString: url,
      schema: JOB_SCHEMA,
      migrate: false,
      schedule: false,
      supervise: true,
      max: 4,
      application_name: 'continuum-jobs',
    });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
  }

  /** Registers a handler; workers start with the application when JOB_WORKERS is true. */
  register<T>(queue: string, handler: JobHandler<T>): void {
    this.handlers.set(queue, handler as JobHandler<unknown>);
  }

  /**
   * Sends a job in the caller's transaction. With an `id`, sending the same id again is a
   * no-op (pg-boss inserts on conflict do nothing), which makes a job idempotent by key.
   */
  async send<T extends object>(
    manager: EntityManager,
    queue: string,
    data: T,
    options: { id?: string; startAfter?: Date } = {},
  ): Promise<void> {
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({
        rows: await manager.query<unknown[]>(text, values),
      }),
    };
    await this.boss.send(queue, data, { db, ...options });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  /** After every module's onModuleInit, so every handler is registered. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.workers) return;
    for (const [queue, handler] of this.handlers) {
      await this.boss.work<unknown>(
        queue,
        { pollingIntervalSeconds: this.config.jobs.pollingIntervalSeconds, batchSize: 1 },
        async (jobs) => {
          for (const job of jobs) await handler(job.data);
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
