import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createApp } from '../create-app';
import { loadConfig } from '../platform/config/config';
import { prepareDatabase } from '../platform/database/data-source';
import { startEmbeddedPostgres } from '../platform/database/embedded-postgres';
import { UnitOfWork } from '../platform/database/unit-of-work';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, seedDemo } from '../seed/demo-seed';

/**
 * `npm run bench -w @continuum/api`: what one request of ours costs against the raw SQL it
 * comes down to, on this machine, as ratios (wall-clock numbers alone mean little on a
 * shared machine; the ratios travel).
 *
 *   raw SQL      BEGIN; set_config ×2; the members query; COMMIT — on a bare pg pool
 *   unit of work the same query through UnitOfWork.run (TypeORM, the request transaction)
 *   GraphQL      POST /graphql { organizationMembers } over HTTP with a session cookie:
 *                session lookup, guard, CASL, the query, the response
 */
const PORT = Number(process.env.BENCH_POSTGRES_PORT ?? 54323);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

async function measure(
  name: string,
  run: () => Promise<unknown>,
): Promise<{ name: string; perSecond: number }> {
  for (let i = 0; i < 50; i++) await run(); // warm up
  let done = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await run();
        done++;
      }
    }),
  );
  const perSecond = done / ((performance.now() - started) / 1000);
  return { name, perSecond };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-bench-'));
  await chmod(dir, 0o755);
  const db = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    port: PORT,
    durable: false,
    log: () => undefined,
  });
  try {
    await prepareDatabase(db.ownerUrl);
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: db.appUrl,
      DATABASE_OWNER_URL: db.ownerUrl,
      JOB_WORKERS: 'false',
    });
    const app = await createApp(config, db.appUrl);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const unitOfWork = app.get(UnitOfWork);
    await seedDemo(unitOfWork);

    const organizationId = DEMO_ORGANIZATIONS[0]!.id;
    const signIn = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "admin@riverside.example", password: "${DEMO_PASSWORD}") { role } }`,
      }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const userId = (
      (await (
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: '{ me { user { id } } }' }),
        })
      ).json()) as { data: { me: { user: { id: string } } } }
    ).data.me.user.id;

    const SQL = `SELECT m.id, m.role, m.created_at, u.id AS user_id, u.email, u.name
                 FROM memberships m JOIN users u ON u.id = m.user_id
                 WHERE m.organization_id = $1 ORDER BY m.created_at`;
    const pool = new Pool({ connectionString: db.appUrl, max: CONCURRENCY });
    const raw = () =>
      pool.connect().then(async (client) => {
        try {
          await client.query('BEGIN');
          await client.query(
            `SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`,
            [organizationId, userId],
          );
          await client.query(SQL, [organizationId]);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      });
    const actor = { userId, sessionId: null, organizationId, role: 'ORG_ADMIN' as const };
    const viaUnitOfWork = () =>
      unitOfWork.run(actor, (manager) => manager.query(SQL, [organizationId]));
    const body = JSON.stringify({
      query: '{ organizationMembers { id role joinedAt user { id email name } } }',
    });
    const viaGraphQL = () =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
      }).then(async (r) => {
        const json = (await r.json()) as { data?: { organizationMembers: unknown[] } };
        if (json.data?.organizationMembers.length !== 6)
          throw new Error(`unexpected answer: ${JSON.stringify(json)}`);
      });

    const results = [
      await measure('raw SQL', raw),
      await measure('unit of work', viaUnitOfWork),
      await measure('GraphQL over HTTP', viaGraphQL),
    ];
    const base = results[0]!.perSecond;
    process.stdout.write(
      `members of one organization (6 rows), ${CONCURRENCY} concurrent, ${SECONDS} s each, Node ${process.version}\n`,
    );
    for (const r of results) {
      process.stdout.write(
        `${r.name.padEnd(20)} ${r.perSecond.toFixed(0).padStart(8)} /s   ${(base / r.perSecond).toFixed(2)}x the cost of raw SQL\n`,
      );
    }
    await pool.end();
    await app.close();
  } finally {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
