import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_ROLE } from '../src/platform/database/roles';
import { asSuperuser, databaseUrls, resetDatabase, TestApi } from './support/harness';
import { Factories } from './support/factories';

/** Runs queries as the application role, the only role that serves requests. */
async function asApplicationRole<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrls().appUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function sqlError(run: () => Promise<unknown>): Promise<string> {
  return run().then(
    () => 'no error',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

describe('row-level security and the application role', () => {
  let api: TestApi;
  let factories: Factories;
  let organizationA: string;
  let organizationB: string;

  beforeAll(async () => {
    api = await TestApi.start();
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());

  beforeEach(async () => {
    await resetDatabase();
    const a = await factories.organization({ name: 'A' });
    const b = await factories.organization({ name: 'B' });
    await factories.member(a, 'ORG_ADMIN');
    await factories.member(a, 'PARENT');
    await factories.member(b, 'ADVOCATE');
    organizationA = a.id;
    organizationB = b.id;
  });

  it('the rows exist (seen by the superuser, who bypasses row-level security)', async () => {
    const count = await asSuperuser((c) =>
      c.query<{ n: string }>('SELECT count(*) AS n FROM memberships'),
    );
    expect(count.rows[0]!.n).toBe('3');
  });

  it('reads no rows of a forced table when app.organization_id is not set', async () => {
    const rows = await asApplicationRole(
      async (c) => (await c.query<object>('SELECT * FROM memberships')).rows,
    );
    expect(rows).toEqual([]);
    const organizations = await asApplicationRole(
      async (c) => (await c.query<object>('SELECT * FROM organizations')).rows,
    );
    expect(organizations).toEqual([]);
  });

  it('denies rather than errors when the setting is empty, as it is after a SET LOCAL transaction ends', async () => {
    const rows = await asApplicationRole(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationA]);
      await c.query('COMMIT');
      const setting = await c.query<{ v: string }>(
        `SELECT current_setting('app.organization_id', true) AS v`,
      );
      expect(setting.rows[0]!.v).toBe('');
      return (await c.query<object>('SELECT * FROM memberships')).rows;
    });
    expect(rows).toEqual([]);
  });

  it("sees only the set organization's rows, and cannot write into another organization", async () => {
    await asApplicationRole(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationA]);
      const rows = await c.query<{ organization_id: string }>(
        'SELECT organization_id FROM memberships',
      );
      expect(rows.rows).toHaveLength(2);
      expect(rows.rows.every((r) => r.organization_id === organizationA)).toBe(true);
      const moved = await sqlError(() =>
        c.query('UPDATE memberships SET organization_id = $1', [organizationB]),
      );
      expect(moved).toMatch(/row-level security/);
      await c.query('ROLLBACK');
    });
  });

  it('cannot turn row-level security off, bypass it, alter or drop tables', async () => {
    await asApplicationRole(async (c) => {
      expect(
        await sqlError(() => c.query('ALTER TABLE memberships DISABLE ROW LEVEL SECURITY')),
      ).toMatch(/must be owner/);
      expect(
        await sqlError(() => c.query('ALTER TABLE memberships NO FORCE ROW LEVEL SECURITY')),
      ).toMatch(/must be owner/);
      expect(
        await sqlError(() => c.query('DROP POLICY memberships_select ON memberships')),
      ).toMatch(/must be owner/);
      expect(
        await sqlError(() => c.query('ALTER TABLE memberships ADD COLUMN sneaky text')),
      ).toMatch(/must be owner/);
      expect(await sqlError(() => c.query('DROP TABLE memberships'))).toMatch(/must be owner/);
      expect(await sqlError(() => c.query('TRUNCATE memberships'))).toMatch(/permission denied/);
      expect(await sqlError(() => c.query('CREATE TABLE escape_hatch (id int)'))).toMatch(
        /permission denied/,
      );
      expect(await sqlError(() => c.query(`SET ROLE continuum_owner`))).toMatch(
        /permission denied/,
      );
      // With row_security off, a query that policies would filter fails instead of bypassing them.
      await c.query('SET row_security = off');
      expect(await sqlError(() => c.query('SELECT * FROM memberships'))).toMatch(
        /row-level security/,
      );
    });
  });

  it("lists every organization's id and time zone through app_organization_clocks(), and nothing else of them", async () => {
    const clocks = await asApplicationRole(
      async (c) =>
        (await c.query<object>('SELECT * FROM app_organization_clocks() ORDER BY id')).rows,
    );
    expect(clocks).toEqual(
      [organizationA, organizationB].sort().map((id) => ({ id, time_zone: 'UTC' })),
    );
    // The function's own policy is the owner's: the application role still reads no row.
    const organizations = await asApplicationRole(
      async (c) => (await c.query<object>('SELECT * FROM organizations')).rows,
    );
    expect(organizations).toEqual([]);
  });

  it('is a plain login role: no superuser, no BYPASSRLS, owns nothing', async () => {
    const role = await asSuperuser((c) =>
      c.query<{ rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean }>(
        'SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = $1',
        [APP_ROLE],
      ),
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false });
    const owned = await asSuperuser((c) =>
      c.query(
        `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
        [APP_ROLE],
      ),
    );
    expect(owned.rows).toEqual([]);
  });

  /**
   * Tables that carry an organization id but are deliberately global, each for a reason:
   * - invitation_tokens: maps a token's hash to its invitation, because a token arrives with
   *   no organization; it holds nothing but the hash and two ids.
   * - sign_up_tokens: the same for a sign-up's confirmation link (migration 1764600000000); the
   *   sign-up itself (sign_up_requests) is under row-level security.
   * Any other table with organization_id must have row-level security enabled and forced.
   */
  const GLOBAL_BY_DESIGN = ['invitation_tokens', 'sign_up_tokens'];

  it('every table in the schema with organization_id has row-level security enabled and forced', async () => {
    const tables = await asSuperuser((c) =>
      c.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(`
        SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id')
               OR c.relname = 'organizations')`),
    );
    expect(tables.rows.length).toBeGreaterThan(0);
    for (const table of tables.rows.filter((t) => !GLOBAL_BY_DESIGN.includes(t.relname))) {
      expect({
        table: table.relname,
        enabled: table.relrowsecurity,
        forced: table.relforcerowsecurity,
      }).toEqual({
        table: table.relname,
        enabled: true,
        forced: true,
      });
    }
  });

  it("the unit of work's settings end with its transaction and never reach the next user of the connection", async () => {
    const actor = { userId: '', sessionId: null, organizationId: organizationA, role: null };
    const inside = await api.unitOfWork.run(actor, (manager) =>
      manager.query<{ n: number }[]>('SELECT count(*)::int AS n FROM memberships'),
    );
    expect(inside).toEqual([{ n: 2 }]);
    // Plain queries on the same pool (likely the same connection) see nothing.
    const dataSource = api.app.get(DataSource);
    for (let i = 0; i < 5; i++) {
      expect(await dataSource.query('SELECT count(*)::int AS n FROM memberships')).toEqual([
        { n: 0 },
      ]);
    }
  });
});
