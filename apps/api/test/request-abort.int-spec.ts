import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { Client } from 'pg';
import { asSuperuser, databaseUrls, resetDatabase, TestApi } from './support/harness';
import { Factories } from './support/factories';
import { waitFor } from './support/wait-for';

const until = (what: string, check: () => Promise<boolean>, timeoutMs = 10_000) =>
  waitFor(what, check, { timeoutMs, everyMs: 20 });

async function count(table: string): Promise<number> {
  return asSuperuser(async (client) => {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    return rows[0]!.n;
  });
}

/**
 * A client that hangs up mid-mutation: the request's transaction is rolled back, and the
 * resolver, still running, must not save the rest in a second transaction (it used to: the
 * reset token was rolled back and the reset mail committed).
 */
describe('a request whose client disconnects', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  it('leaves no committed rows and sends no mail when the client disconnects mid-mutation', async () => {
    const organization = await factories.organization();
    const member = await factories.member(organization, 'ADVOCATE');

    // The server's own view of the request: when it saw the connection close, and when the
    // handler was done (it still calls end() on a response nobody will read).
    const server = api.app.getHttpServer();
    let serverSawClose!: Promise<void>;
    let handlerDone!: Promise<void>;
    const watch = (req: IncomingMessage, res: ServerResponse) => {
      if (req.url !== '/graphql') return;
      serverSawClose = new Promise((resolve) => res.once('close', () => resolve()));
      handlerDone = new Promise((resolve) => {
        const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
        res.end = ((...args: unknown[]) => {
          resolve();
          return end(...args);
        }) as ServerResponse['end'];
      });
    };
    server.on('request', watch);

    // Another connection holds the table, so the mutation blocks at its first write.
    const { superuserUrl } = databaseUrls();
    const url = new URL(superuserUrl);
    url.pathname = '/continuum';
    const locker = new Client({ connectionString: url.toString() });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE password_resets IN EXCLUSIVE MODE');

      const body = JSON.stringify({
        query: 'mutation ($e: String!) { requestPasswordReset(email: $e) }',
        variables: { e: member.email },
      });
      const client = httpRequest(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      client.on('error', () => undefined); // the hang-up below is the point
      client.end(body);

      await until('the mutation to wait on the lock', async () => {
        // Read from another connection: within a transaction pg_stat_activity is a snapshot.
        const { rows } = await asSuperuser((c) =>
          c.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO "password_resets"%'`,
          ),
        );
        return rows[0]!.n === 1;
      });
      client.destroy();
      await serverSawClose;
      await locker.query('COMMIT');
      await handlerDone;
    } finally {
      server.off('request', watch);
      await locker.end();
    }

    expect(await count('password_resets')).toBe(0);
    expect(await count('mail_outbox')).toBe(0);
    expect(await count('pgboss.job')).toBe(0);
    // Every connection the request took went back to the pool, none left in a transaction.
    await until('the API connections to be idle', async () => {
      const { rows } = await asSuperuser((c) =>
        c.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE state LIKE 'idle in transaction%' AND usename <> current_user`,
        ),
      );
      return rows[0]!.n === 0;
    });
  });

  it('still saves a mutation whose client stays', async () => {
    const organization = await factories.organization();
    const member = await factories.member(organization, 'ADVOCATE');
    const result = await api.graphql('mutation ($e: String!) { requestPasswordReset(email: $e) }', {
      e: member.email,
    });
    expect(result.errors ?? []).toEqual([]);
    expect(await count('password_resets')).toBe(1);
    expect(await count('mail_outbox')).toBe(1);
  });
});
