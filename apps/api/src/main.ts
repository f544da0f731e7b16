import 'reflect-metadata';
import pino from 'pino';
import { ApiProcess } from './api-process';
import { ConfigError, loadConfig } from './platform/config/config';

/**
 * Start-up: configuration, then the API process (database, migrations as the owner role, the
 * demo seed, the application serving as the application role), then listening. SIGINT and
 * SIGTERM close the HTTP server and pools first, then stop an embedded PostgreSQL.
 */
async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  // Read once for the migrations; child processes (PostgreSQL, workers) do not inherit it.
  delete process.env.DATABASE_OWNER_URL;
  const log = pino({ level: config.logLevel, base: { service: 'continuum-api' } });
  const api = new ApiProcess(config, log);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    await api.stop();
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
    const app = await api.start();
    const { port, host } = api.listenOn;
    await app.listen(port, host);
    log.info(
      {
        url: `http://localhost:${port}`,
        graphql: '/graphql',
        health: '/health',
        ms: Math.round(performance.now() - startedAt),
      },
      'Continuum API ready',
    );
  } catch (error) {
    log.fatal({ err: error }, 'the API could not start');
    // The log may go where a supervisor does not look (a test runner ignores the API's
    // stdout): the reason is also one line on stderr.
    sayCouldNotStart(error);
    await api.stop();
    process.exit(1);
  }
}

function sayCouldNotStart(error: unknown): void {
  process.stderr.write(
    `The API could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
}

main().catch((error: unknown) => {
  // Configuration mistakes get one clear line naming the variable, not a stack trace.
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    sayCouldNotStart(error);
  }
  process.exit(1);
});
