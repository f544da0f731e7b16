import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../platform/config/config';
import { prepareDatabase } from '../platform/database/data-source';
import { startEmbeddedPostgres } from '../platform/database/embedded-postgres';
import { seedScale, SCALE_ORGANIZATIONS } from '../seed/scale-seed';

/**
 * `npm run seed:scale`: the scale seed (src/seed/scale-seed.ts) into the database the README's
 * variables point at: DATABASE_OWNER_URL (or DATABASE_URL), else the embedded PostgreSQL of
 * CONTINUUM_DATA_DIR, started for the run when `npm start` is not running it. Migrates first.
 * Running it again adds nothing (each organization is written once, whole).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let ownerUrl: string;
  let stop: () => Promise<void> = () => Promise.resolve();
  if (config.database.mode === 'external') {
    ownerUrl = config.database.ownerUrl ?? config.database.appUrl;
  } else {
    const db = await startEmbeddedPostgres({
      dataDir: config.database.dataDir,
      port: config.database.port,
      durable: true,
      log: (message) => process.stderr.write(`[postgres] ${message}\n`),
      reuseRunning: true,
    });
    ownerUrl = db.ownerUrl;
    stop = () => db.stop();
  }
  try {
    await prepareDatabase(ownerUrl);
    const started = performance.now();
    const bar = new SingleBar({
      format: 'scale seed [{bar}] {value}/{total} organizations, {rows} rows',
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    });
    bar.start(SCALE_ORGANIZATIONS, 0, { rows: 0 });
    const result = await seedScale(ownerUrl, ({ done, rows }) => bar.update(done, { rows }));
    bar.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      result.written
        ? `scale seed: wrote ${result.written} of ${result.organizations} organizations (${result.rows} rows) in ${seconds} s\n`
        : `scale seed: all ${result.organizations} organizations were already there\n`,
    );
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Scale seed failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
