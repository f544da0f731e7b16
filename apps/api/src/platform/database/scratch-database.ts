import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../net/free-port';
import { prepareDatabase } from './data-source';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

/**
 * A throwaway embedded PostgreSQL migrated from scratch, for build-time tools that must see the
 * schema the migrations make (database-schema.txt); stopped and deleted afterwards.
 */
export async function withScratchDatabase<T>(
  use: (db: EmbeddedDatabase) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-scratch-'));
  try {
    // As root, PostgreSQL runs as the postgres user (docs/toolchain.md gotcha 4).
    await chmod(dir, 0o755);
    const db = await startEmbeddedPostgres({
      dataDir: join(dir, 'postgres'),
      port: await freePort(),
      durable: false,
      log: () => undefined,
    });
    try {
      await prepareDatabase(db.ownerUrl);
      return await use(db);
    } finally {
      await db.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
