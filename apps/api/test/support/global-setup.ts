import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../../src/platform/database/embedded-postgres';
import { prepareDatabase } from '../../src/platform/database/data-source';
import { freePort } from '../../src/platform/net/free-port';

/** The integration run's own PostgreSQL: its own port and temp folder, thrown away at the end. */
export const INTEGRATION_POSTGRES_PORT = Number(process.env.INTEGRATION_POSTGRES_PORT ?? 15321);

declare global {
  var __CONTINUUM_TEST_DB__: { db: EmbeddedDatabase; dir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-integration-'));
  // mkdtemp makes the folder 0700; as root, PostgreSQL runs as the postgres user, which must
  // be able to enter it (docs/toolchain.md gotcha 4).
  await chmod(dir, 0o755);
  const db = await startEmbeddedPostgres({
    dataDir: join(dir, 'postgres'),
    port: await freePort(INTEGRATION_POSTGRES_PORT),
    durable: false,
    log: () => undefined,
  });
  await prepareDatabase(db.ownerUrl);
  process.env.TEST_DATABASE_APP_URL = db.appUrl;
  process.env.TEST_DATABASE_OWNER_URL = db.ownerUrl;
  process.env.TEST_DATABASE_SUPERUSER_URL = db.superuserUrl;
  globalThis.__CONTINUUM_TEST_DB__ = { db, dir };
}
