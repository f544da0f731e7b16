import { prepareDatabase } from '../src/platform/database/data-source';
import { prepareDatabaseSql } from '../src/platform/database/roles';
import { asSuperuser, databaseUrls, TestApi } from './support/harness';

const DATABASE = 'continuum_health_probe';

/** An API on a database of its own, so the test can take that database away. */
describe('GET /health', () => {
  let api: TestApi;

  beforeAll(async () => {
    await asSuperuser(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
      await c.query(`CREATE DATABASE ${DATABASE} OWNER continuum_owner`);
      await c.query(`GRANT CONNECT ON DATABASE ${DATABASE} TO continuum_app`);
    }, 'postgres');
    await asSuperuser(async (c) => {
      for (const sql of prepareDatabaseSql(DATABASE)) await c.query(sql);
    }, DATABASE);
    const owner = new URL(databaseUrls().ownerUrl);
    owner.pathname = `/${DATABASE}`;
    await prepareDatabase(owner.toString());
    const url = new URL(databaseUrls().appUrl);
    url.pathname = `/${DATABASE}`;
    api = await TestApi.start({}, url.toString());
  });

  afterAll(async () => {
    await api.close();
    await asSuperuser(async (c) => {
      await c.query(`ALTER DATABASE ${DATABASE} ALLOW_CONNECTIONS true`);
      await c.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    }, 'postgres');
  });

  it('answers 200 {"status":"ok","database":"up"} when the database answers', async () => {
    const response = await fetch(`${api.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 while the database is unreachable, and 200 again once it is back', async () => {
    await asSuperuser(async (c) => {
      await c.query(`ALTER DATABASE ${DATABASE} ALLOW_CONNECTIONS false`);
      await c.query(
        `SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = $1`,
        [DATABASE],
      );
    }, 'postgres');
    const down = await fetch(`${api.baseUrl}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'error', database: 'down' });

    await asSuperuser(
      (c) => c.query(`ALTER DATABASE ${DATABASE} ALLOW_CONNECTIONS true`),
      'postgres',
    );
    const up = await fetch(`${api.baseUrl}/health`);
    expect(up.status).toBe(200);
  });
});
