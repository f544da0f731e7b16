import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { createApp } from './create-app';
import { Clock } from './platform/clock/clock';
import { type AppConfig, servingConfig } from './platform/config/config';
import { prepareDatabase } from './platform/database/data-source';
import { startEmbeddedPostgres } from './platform/database/embedded-postgres';
import { PostgresSupervisor } from './platform/database/postgres-supervisor';
import { UnitOfWork } from './platform/database/unit-of-work';
import { seedDemo } from './seed/demo-seed';

/**
 * The API as a process: the database (embedded and supervised unless DATABASE_URL is set),
 * migrations as the owner role, the demo seed, then the application serving as the
 * application role. The owner role's URL is used for the migrations and then let go: the
 * serving application's configuration, container and pools hold only the application role,
 * which cannot alter a table or disable the audit trigger (docs/security.md).
 */
export class ApiProcess {
  private stopDatabase: () => Promise<void> = () => Promise.resolve();
  private app: NestExpressApplication | undefined;

  constructor(
    private config: AppConfig,
    private readonly log: Logger,
  ) {}

  /** Where to listen, read without holding on to the whole configuration. */
  get listenOn(): { port: number; host: string } {
    return { port: this.config.port, host: this.config.host };
  }

  /** Everything up to a built application that is not yet listening. */
  async start(): Promise<NestExpressApplication> {
    const appUrl = await this.prepareDatabase();
    this.config = servingConfig(this.config);
    this.app = await createApp(this.config, appUrl);
    if (this.config.seed === 'demo') {
      const { created } = await seedDemo(this.app.get(UnitOfWork), this.app.get(Clock));
      if (created.length) this.log.info({ organizations: created }, 'demo data seeded');
    }
    return this.app;
  }

  /** Closes the HTTP server and pools first, then stops an embedded PostgreSQL. */
  async stop(): Promise<void> {
    try {
      await this.app?.close();
    } catch (error) {
      this.log.warn({ err: error }, 'error while closing the API');
    }
    await this.stopDatabase().catch((error: unknown) =>
      this.log.warn({ err: error }, 'error while stopping PostgreSQL'),
    );
  }

  /** Starts the database if it is embedded and migrates it; answers the application role's URL. */
  private async prepareDatabase(): Promise<string> {
    const { database } = this.config;
    let appUrl: string;
    let ownerUrl: string;
    if (database.mode === 'embedded') {
      const embedded = await startEmbeddedPostgres({
        dataDir: database.dataDir,
        port: database.port,
        durable: database.durable,
        log: (message) => this.log.info({ component: 'postgres' }, message),
      });
      // The supervisor holds the server as a process only: it restarts the binary, not SQL.
      const supervisor = new PostgresSupervisor(
        embedded.server,
        this.log.child({ component: 'postgres' }),
      );
      await supervisor.watch();
      this.stopDatabase = () => supervisor.stop();
      ({ appUrl, ownerUrl } = embedded);
      this.log.info(
        { port: database.port, dataDir: database.dataDir },
        'embedded PostgreSQL ready',
      );
    } else {
      ({ appUrl } = database);
      ownerUrl = database.ownerUrl ?? appUrl;
    }
    const ran = await prepareDatabase(ownerUrl);
    if (ran.length) this.log.info({ migrations: ran }, 'migrations applied');
    return appUrl;
  }
}
