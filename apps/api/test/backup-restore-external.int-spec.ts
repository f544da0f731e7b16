import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { prepareDatabase } from '../src/platform/database/data-source';
import { BACKUP_ROLE, backupRoleSql } from '../src/platform/database/backup/backup-role';
import {
  securityInventory,
  tableRowCounts,
} from '../src/platform/database/backup/database-inventory';
import {
  restoreLogicalBackup,
  takeLogicalBackup,
} from '../src/platform/database/backup/logical-backup';
import { prepareDatabaseSql } from '../src/platform/database/roles';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo-seed';
import { asSuperuser, databaseUrls, signIn, TestApi } from './support/harness';

const SOURCE = 'continuum_backup_source';
const TARGET = 'continuum_restore_target';
const BACKUP_PASSWORD = 'backup-drill-password';

function urlFor(base: string, database: string, user?: { name: string; password: string }) {
  const url = new URL(base);
  url.pathname = `/${database}`;
  if (user) {
    url.username = user.name;
    url.password = user.password;
  }
  return url.toString();
}

/** A database created the way docs/operations.md tells an operator to, with the backup role. */
async function createDatabase(name: string): Promise<void> {
  await asSuperuser(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name} OWNER continuum_owner`);
    await c.query(`GRANT CONNECT ON DATABASE ${name} TO continuum_app`);
  }, 'postgres');
  await asSuperuser(async (c) => {
    for (const sql of prepareDatabaseSql(name)) await c.query(sql);
    for (const sql of backupRoleSql(BACKUP_PASSWORD, name)) await c.query(sql);
    await c.query(`ALTER ROLE ${BACKUP_ROLE} PASSWORD '${BACKUP_PASSWORD}'`);
  }, name);
}

async function inspect(database: string) {
  return asSuperuser(
    async (c: Client) => ({ rows: await tableRowCounts(c), ...(await securityInventory(c)) }),
    database,
  );
}

/**
 * The external-server path (DATABASE_URL): a logical backup read as continuum_backup and
 * restored into a new database, which runs on the suite's own PostgreSQL as an external one.
 */
describe('logical backup and restore of an external PostgreSQL', () => {
  let dir: string;
  let api: TestApi | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'continuum-logical-drill-'));
    await createDatabase(SOURCE);
    await prepareDatabase(urlFor(databaseUrls().ownerUrl, SOURCE));
  });

  afterAll(async () => {
    await api?.close();
    await asSuperuser(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${SOURCE} WITH (FORCE)`);
      await c.query(`DROP DATABASE IF EXISTS ${TARGET} WITH (FORCE)`);
    }, 'postgres');
    await rm(dir, { recursive: true, force: true });
  });

  it('backs up every row as continuum_backup and restores rows, policies, grants and triggers into a new database the API serves', async () => {
    const source = await TestApi.start(
      { JOB_WORKERS: 'false' },
      urlFor(databaseUrls().appUrl, SOURCE),
    );
    try {
      expect((await seedDemo(source.unitOfWork)).created.length).toBeGreaterThan(0);
    } finally {
      await source.close();
    }
    const backupDir = await takeLogicalBackup({
      url: urlFor(databaseUrls().ownerUrl, SOURCE, {
        name: BACKUP_ROLE,
        password: BACKUP_PASSWORD,
      }),
      outDir: dir,
      log: () => undefined,
    });
    const before = await inspect(SOURCE);
    expect(before.rows['public.organizations']).toBe(2);
    expect(before.rows['public.proceeding_events']).toBeGreaterThan(0);

    await createDatabase(TARGET);
    const restored = await restoreLogicalBackup({
      backupDir,
      ownerUrl: urlFor(databaseUrls().ownerUrl, TARGET),
      log: () => undefined,
    });
    expect(restored).toEqual(before.rows);
    const after = await inspect(TARGET);
    expect(after.rows).toEqual(before.rows);
    expect(after.policies).toEqual(before.policies);
    expect(after.grants).toEqual(before.grants);
    expect(after.triggers).toEqual(before.triggers);
    expect(after.forcedRowSecurity).toEqual(before.forcedRowSecurity);

    api = await TestApi.start({ JOB_WORKERS: 'false' }, urlFor(databaseUrls().appUrl, TARGET));
    expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
    const maria = await signIn(api, 'maria.gonzalez@example.com', DEMO_PASSWORD);
    const families = await api.graphql<{ families: { students: { name: string }[] }[] }>(
      '{ families { students { name } } }',
      {},
      { cookie: maria },
    );
    expect(families.data?.families).toEqual([{ students: [{ name: 'Sofía González' }] }]);
  }, 90_000);

  it('refuses to back up as a role that row-level security would filter, and to restore over data', async () => {
    await expect(
      takeLogicalBackup({
        url: urlFor(databaseUrls().ownerUrl, SOURCE),
        outDir: dir,
        log: () => undefined,
      }),
    ).rejects.toThrow(/cannot bypass row-level security, so it would back up empty tenant tables/);

    const backupDir = await takeLogicalBackup({
      url: urlFor(databaseUrls().ownerUrl, SOURCE, {
        name: BACKUP_ROLE,
        password: BACKUP_PASSWORD,
      }),
      outDir: join(dir, 'second'),
      log: () => undefined,
    });
    await createDatabase(TARGET);
    await prepareDatabase(urlFor(databaseUrls().ownerUrl, TARGET));
    await asSuperuser(
      (c) =>
        c.query(
          `INSERT INTO organizations (id, name, kind) VALUES (gen_random_uuid(), 'Already here', 'parent_center')`,
        ),
      TARGET,
    );
    const forcedBefore = (await inspect(TARGET)).forcedRowSecurity;
    await expect(
      restoreLogicalBackup({
        backupDir,
        ownerUrl: urlFor(databaseUrls().ownerUrl, TARGET),
        log: () => undefined,
      }),
    ).rejects.toThrow(/already holds data \(public\.organizations\)/);
    // The refusal rolled back: row-level security is forced again on every table.
    expect((await inspect(TARGET)).forcedRowSecurity).toEqual(forcedBefore);
    expect(forcedBefore.length).toBeGreaterThan(10);
  }, 60_000);
});
