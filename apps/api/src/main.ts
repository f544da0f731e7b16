import 'reflect-metadata';
import pino from 'pino';
import { createApp } from './create-app';
import { Clock } from './platform/clock/clock';
import { ConfigError, loadConfig } from './platform/config/config';
import { startEmbeddedPostgres, type DatabaseUrls } from './platform/database/embedded-postgres';
import { prepareDatabase } from './platform/database/data-source';
import { UnitOfWork } from './platform/database/unit-of-work';
import { seedDemo } from './seed/demo-seed';

/**
 * Start-up in order: configuration, the database (embedded unless DATABASE_URL is set),
 * migrations as the owner role, the demo seed, then the API serving as the application role.
 * SIGINT and SIGTERM close the HTTP server and pools first, then stop an embedded PostgreSQL.
 */
async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const log = pino({ level: config.logLevel, base: { service: 'continuum-api' } });

  let stopDatabase: () => Promise<void> = () => Promise.resolve();
  let urls: DatabaseUrls;
  if (config.database.mode === 'embedded') {
    const embedded = await startEmbeddedPostgres({
      dataDir: config.database.dataDir,
      port: config.database.port,
      durable: config.database.durable,
      log: (message) => log.info({ component: 'postgres' }, message),
    });
    stopDatabase = () => embedded.stop();
    urls = embedded;
    log.info(
      { port: config.database.port, dataDir: config.database.dataDir },
      'embedded PostgreSQL ready',
    );
  } else {
    urls = { appUrl: config.database.appUrl, ownerUrl: config.database.ownerUrl };
  }

  let closing = false;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    try {
      await app?.close();
    } catch (error) {
      log.warn({ err: error }, 'error while closing the API');
    }
    await stopDatabase().catch((error: unknown) =>
      log.warn({ err: error }, 'error while stopping PostgreSQL'),
    );
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', (s) => void shutdown(s));
  process.once('SIGTERM', (s) => void shutdown(s));
  // Under `npm start` the API runs in its own process group (so a terminal's Ctrl-C does not
  // reach PostgreSQL before the API has closed); if the supervisor dies, its pipe closes.
  if (process.env.CONTINUUM_SUPERVISED === '1') {
    process.stdin.on('end', () => void shutdown('supervisor exited'));
    process.stdin.resume();
  }

  try {
    const ran = await prepareDatabase(urls.ownerUrl);
    if (ran.length) log.info({ migrations: ran }, 'migrations applied');

    app = await createApp(config, urls.appUrl);
    if (config.seed === 'demo') {
      const { created } = await seedDemo(app.get(UnitOfWork), app.get(Clock));
      if (created.length) log.info({ organizations: created }, 'demo data seeded');
    }
    await app.listen(config.port, config.host);
    log.info(
      {
        url: `http://localhost:${config.port}`,
        graphql: '/graphql',
        health: '/health',
        ms: Math.round(performance.now() - startedAt),
      },
      'Continuum API ready',
    );
  } catch (error) {
    log.fatal({ err: error }, 'the API could not start');
    await app?.close().catch(() => undefined);
    await stopDatabase().catch(() => undefined);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  // Configuration mistakes get one clear line naming the variable, not a stack trace.
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(
      `The API could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  process.exit(1);
});
