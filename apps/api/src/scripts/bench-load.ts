import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { SingleBar } from 'cli-progress';
import { Client, Pool, type PoolClient } from 'pg';
import { addDays, currentQuestionnaireVersion } from '@continuum/rules';
import { prepareDatabase } from '../platform/database/data-source';
import { startEmbeddedPostgres } from '../platform/database/embedded-postgres';
import { bilingualTsQuery, HEADLINE_OPTIONS } from '../platform/database/full-text-search';
import {
  scaleEmail,
  scaleOrganizationId,
  seedScale,
  SCALE_ORGANIZATIONS,
  SCALE_PASSWORD,
} from '../seed/scale-seed';
import { portalDefinitions, portalOperation } from './portal-operations';
import { freePort } from '../platform/net/free-port';

/**
 * `npm run bench:load` (issue 16, docs/performance.md): the API as it runs in production (its
 * own process, NODE_ENV=production) on the scale seed, driven with autocannon through the
 * portal's own operations (read from the portal's .graphql files) at 1, 10 and 20
 * connections, each connection with its own session. For every scenario and level it prints
 * requests per second, latency percentiles, errors (HTTP, GraphQL and errors the API logged),
 * SQL statements per request (pg_stat_statements, the application role's only), PostgreSQL's
 * CPU per request (every backend's ticks in /proc), the API's largest resident memory, and for
 * reads the ratio to the same data read with raw SQL on a plain pool at the same concurrency.
 *
 *   BENCH_SECONDS       seconds per scenario and level (default 6)
 *   BENCH_CONNECTIONS   levels, comma-separated (default 1,10,20)
 *   BENCH_SCENARIOS     names to run, comma-separated (default all)
 *   BENCH_POSTGRES_PORT the benchmark's own PostgreSQL (default 54324)
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const LEVELS = (process.env.BENCH_CONNECTIONS ?? '1,10,20').split(',').map(Number);
const ONLY = process.env.BENCH_SCENARIOS?.split(',').map((s) => s.trim());
const POSTGRES_PORT = Number(process.env.BENCH_POSTGRES_PORT ?? 54324);
const MAX_CONNECTIONS = Math.max(...LEVELS);

type Who = 'advocate' | 'admin' | 'admin1k';

interface Scenario {
  name: string;
  who: Who;
  /** The request to send next (a fresh one each time: a case, an intake to submit). */
  next: () => { path: string; body: string | Buffer; headers?: Record<string, string> };
  /** False when the answer is not what the portal expects (counted as an error). */
  check: (status: number, body: string) => boolean;
  /** The same data read with raw SQL, for reads. */
  raw?: (client: PoolClient) => Promise<void>;
}

interface Row {
  scenario: string;
  connections: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  statements: number;
  pgCpuMs: number;
  rssMb: number;
  rawRatio: number | null;
}

/** CPU ticks (user + system) of every process of the PostgreSQL cluster, by process. */
async function postgresTicks(postmasterPid: number): Promise<Map<number, number>> {
  const ticks = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    const parent = Number(fields[1]);
    if (pid !== postmasterPid && parent !== postmasterPid) continue;
    ticks.set(pid, Number(fields[11]) + Number(fields[12]));
  }
  return ticks;
}

/** Ticks spent between two readings by the processes alive at the second (backends persist). */
function ticksBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ticks] of after) sum += ticks - (before.get(pid) ?? 0);
  return sum;
}
const TICK_MS = 10; // USER_HZ is 100 on Linux

async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-bench-load-'));
  await chmod(dir, 0o755);
  const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
  const db = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    port: POSTGRES_PORT,
    durable: true,
    log,
  });
  let api: ChildProcess | undefined;
  const pools: (Pool | Client)[] = [];
  try {
    await prepareDatabase(db.ownerUrl);
    const bar = new SingleBar({
      format: 'scale seed [{bar}] {value}/{total} organizations, {rows} rows',
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    });
    bar.start(SCALE_ORGANIZATIONS, 0, { rows: 0 });
    const seeded = performance.now();
    await seedScale(db.ownerUrl, ({ done, rows }) => bar.update(done, { rows }));
    bar.stop();
    log(`scale seed written in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

    const superuserUrl = new URL(db.superuserUrl);
    superuserUrl.pathname = '/continuum';
    const su = new Client({ connectionString: superuserUrl.toString() });
    await su.connect();
    pools.push(su);
    const one = async <T>(sql: string, parameters: unknown[] = []) =>
      (await su.query(sql, parameters)).rows as T[];

    // The API in its own process, as production runs it.
    const port = await freePort();
    let loggedErrors = 0;
    const errorSamples = new Set<string>();
    api = spawn(process.execPath, [join(__dirname, '..', 'main.js')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        MAIL_TRANSPORT: 'log',
        LOG_LEVEL: 'warn',
        JOB_WORKERS: 'false',
        DATABASE_URL: db.appUrl,
        DATABASE_OWNER_URL: db.ownerUrl,
        CONTINUUM_DATA_DIR: join(dir, 'data'),
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [api.stdout!, api.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        try {
          const entry = JSON.parse(line) as {
            level?: number;
            msg?: string;
            err?: { message?: string };
          };
          if ((entry.level ?? 0) >= 50) {
            loggedErrors++;
            if (errorSamples.size < 5)
              errorSamples.add(
                `${entry.msg ?? ''}: ${entry.err?.message ?? ''} ${(entry.err as { stack?: string } | undefined)?.stack?.split('\n').slice(1, 4).join(' | ') ?? ''}`,
              );
          }
        } catch {
          if (line.trim()) log(`api: ${line}`);
        }
      });
    }
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      const healthy = await fetch(`${base}/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (healthy) break;
      if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
      if (i > 600) throw new Error('the API did not answer /health within a minute');
      await new Promise((r) => setTimeout(r, 100));
    }

    const graphql = (query: string, variables: unknown, cookie?: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const signIn = async (email: string): Promise<string> => {
      const response = await graphql(
        'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
        { e: email, p: SCALE_PASSWORD },
      );
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
      if (!cookie) throw new Error(`sign-in of ${email} failed: ${await response.text()}`);
      return cookie;
    };
    const sessions: Record<Who, string[]> = { advocate: [], admin: [], admin1k: [] };
    for (let i = 0; i < MAX_CONNECTIONS; i++) {
      sessions.advocate.push(await signIn(scaleEmail.advocate(1, 1)));
      sessions.admin.push(await signIn(scaleEmail.admin(1)));
      sessions.admin1k.push(await signIn(scaleEmail.admin(2)));
    }

    const organizationId = scaleOrganizationId(1);
    const [advocate] = await one<{ id: string }>('SELECT id FROM users WHERE email = $1', [
      scaleEmail.advocate(1, 1),
    ]);
    const advocateId = advocate!.id;
    const caseIds = (
      await one<{ case_id: string }>(
        'SELECT case_id FROM case_advocates WHERE organization_id = $1 AND user_id = $2 ORDER BY case_id',
        [organizationId, advocateId],
      )
    ).map((r) => r.case_id);
    const requestProceedings = (
      await one<{ id: string }>(
        `SELECT p.id FROM proceedings p JOIN case_advocates ca ON ca.organization_id = p.organization_id
           AND ca.case_id = p.case_id AND ca.user_id = $2
         WHERE p.organization_id = $1
           AND p.kind IN ('records_request', 'pwn_request', 'iee_request', 'evaluation_request', 'iep_meeting_request')
         ORDER BY p.id`,
        [organizationId, advocateId],
      )
    ).map((r) => r.id);
    const today = new Date().toISOString().slice(0, 10);

    // Drafts to submit, one per submission the run can make: written as the owner.
    const draftCount = 400 * SECONDS * LEVELS.length;
    await su.query('BEGIN');
    await su.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    const drafts = (
      await su.query<{ id: string }>(
        `WITH f AS (
           INSERT INTO families (organization_id, id, name, primary_language, created_by_user_id)
           SELECT $1, gen_random_uuid(), 'Bench caller ' || g, 'en', $2 FROM generate_series(1, $3) g
           RETURNING id),
         s AS (
           INSERT INTO students (organization_id, id, family_id, name, state, plan_type)
           SELECT $1, gen_random_uuid(), f.id, 'Bench child', 'AZ', 'iep' FROM f
           RETURNING id, family_id)
         INSERT INTO intakes (organization_id, id, family_id, student_id, status, questionnaire_version, lang, answers, created_by_user_id)
         SELECT $1, gen_random_uuid(), s.family_id, s.id, 'DRAFT', $4, 'en', $5::jsonb, $2 FROM s
         RETURNING id`,
        [
          organizationId,
          advocateId,
          draftCount,
          currentQuestionnaireVersion,
          JSON.stringify({
            state: 'AZ',
            plan_type: 'iep',
            issues: ['services_not_provided'],
            has_decision_date: true,
            district_decision_date: addDays(today, -300),
            written_notice: true,
          }),
        ],
      )
    ).rows.map((r) => r.id);
    await su.query('COMMIT');

    const operations = portalDefinitions();
    const CASE = portalOperation(operations, 'AdvocateCase');
    const CASELOAD = portalOperation(operations, 'AdvocateCaseload');
    const DEADLINES = portalOperation(operations, 'AdvocateDeadlines');
    const SEARCH = portalOperation(operations, 'RecordsSearch');
    const SUBMIT = portalOperation(operations, 'SubmitIntake');
    const RECORD = portalOperation(operations, 'AdvocateRecordProceedingEvent');
    const body = (query: string, variables: unknown) => JSON.stringify({ query, variables });
    const cycle = <T>(items: T[]) => {
      let i = 0;
      return () => items[i++ % items.length]!;
    };
    const nextCase = cycle(caseIds);
    const nextProceeding = cycle(requestProceedings);
    const graphqlOk = (field: string) => (status: number, text: string) => {
      if (status !== 200) return false;
      const json = JSON.parse(text) as {
        data?: Record<string, unknown> | null;
        errors?: unknown[];
      };
      return !json.errors?.length && json.data?.[field] != null;
    };
    const inTransaction = (
      client: PoolClient,
      userId: string,
      work: () => Promise<unknown>,
    ): Promise<void> =>
      (async () => {
        await client.query('BEGIN');
        await client.query(
          `SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`,
          [organizationId, userId],
        );
        await work();
        await client.query('COMMIT');
      })();

    const [admin1] = await one<{ id: string }>('SELECT id FROM users WHERE email = $1', [
      scaleEmail.admin(1),
    ]);
    const boundary = 'continuum-bench-boundary';
    const upload = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nEmail from the school\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nemail\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="email.txt"\r\nContent-Type: text/plain\r\n\r\n` +
        'The team will meet on Tuesday to review the reading goal and the speech minutes.\r\n'.repeat(
          40,
        ) +
        `\r\n--${boundary}--\r\n`,
    );
    const caseloadRaw =
      (organization: string, userId: string | null) => async (client: PoolClient) => {
        const mine = userId
          ? `JOIN case_advocates me ON me.organization_id = c.organization_id AND me.case_id = c.id AND me.user_id = '${userId}'`
          : '';
        await client.query(
          `SELECT c.id, c.status, c.stage, c.issue_categories, c.updated_at, s.id AS student_id, s.name, s.state, s.district,
                (SELECT json_agg(json_build_object('userId', u.id, 'name', u.name)) FROM case_advocates ca
                  JOIN users u ON u.id = ca.user_id WHERE ca.organization_id = c.organization_id AND ca.case_id = c.id) AS advocates,
                (SELECT row_to_json(d) FROM (SELECT d.id, d.rule_id, d.due FROM deadlines d
                  WHERE d.organization_id = c.organization_id AND d.case_id = c.id AND d.due >= current_date
                  ORDER BY d.due LIMIT 1) d) AS next_deadline
           FROM cases c ${mine}
           JOIN students s ON s.organization_id = c.organization_id AND s.id = c.student_id
          WHERE c.organization_id = $1
          ORDER BY c.updated_at DESC, c.id DESC LIMIT 51`,
          [organization],
        );
        await client.query(
          `SELECT c.stage, count(*) FROM cases c ${mine} WHERE c.organization_id = $1 GROUP BY c.stage`,
          [organization],
        );
      };

    const scenarios: Scenario[] = [
      {
        name: 'case page',
        who: 'advocate',
        next: () => ({ path: '/graphql', body: body(CASE, { caseId: nextCase(), lang: 'EN' }) }),
        check: graphqlOk('case'),
        raw: (client) => {
          const caseId = nextCase();
          return inTransaction(client, advocateId, async () => {
            const p = [organizationId, caseId];
            await client.query(
              `SELECT c.*, s.name, s.state, s.district, s.school, s.grade, s.plan_type FROM cases c
                 JOIN students s ON s.organization_id = c.organization_id AND s.id = c.student_id
                WHERE c.organization_id = $1 AND c.id = $2`,
              p,
            );
            await client.query(
              `SELECT ca.user_id, u.name, u.email FROM case_advocates ca JOIN users u ON u.id = ca.user_id
                WHERE ca.organization_id = $1 AND ca.case_id = $2`,
              p,
            );
            await client.query(
              'SELECT * FROM proceedings WHERE organization_id = $1 AND case_id = $2',
              p,
            );
            await client.query(
              `SELECT e.* FROM proceeding_events e JOIN proceedings pr ON pr.organization_id = e.organization_id
                  AND pr.id = e.proceeding_id WHERE pr.organization_id = $1 AND pr.case_id = $2
                ORDER BY e.date, e.recorded_at`,
              p,
            );
            await client.query(
              'SELECT * FROM deadlines WHERE organization_id = $1 AND case_id = $2 ORDER BY due',
              p,
            );
            await client.query(
              `SELECT t.*, u.name FROM case_timeline_entries t LEFT JOIN users u ON u.id = t.actor_user_id
                WHERE t.organization_id = $1 AND t.case_id = $2 ORDER BY t.occurred_at`,
              p,
            );
          });
        },
      },
      {
        name: 'caseload page of 50',
        who: 'advocate',
        next: () => ({
          path: '/graphql',
          body: body(CASELOAD, { sort: 'UPDATED_AT_DESC', first: 50, lang: 'EN' }),
        }),
        check: graphqlOk('caseload'),
        raw: (client) =>
          inTransaction(client, advocateId, () => caseloadRaw(organizationId, advocateId)(client)),
      },
      {
        name: 'caseload by next deadline',
        who: 'advocate',
        next: () => ({
          path: '/graphql',
          body: body(CASELOAD, { sort: 'NEXT_DUE_ASC', first: 50, lang: 'EN' }),
        }),
        check: graphqlOk('caseload'),
      },
      {
        name: 'admin caseload, 10k cases',
        who: 'admin',
        next: () => ({
          path: '/graphql',
          body: body(CASELOAD, { sort: 'UPDATED_AT_DESC', first: 50, lang: 'EN' }),
        }),
        check: graphqlOk('caseload'),
        raw: (client) =>
          inTransaction(client, admin1!.id, () => caseloadRaw(organizationId, null)(client)),
      },
      {
        name: 'admin caseload, 1k cases',
        who: 'admin1k',
        next: () => ({
          path: '/graphql',
          body: body(CASELOAD, { sort: 'UPDATED_AT_DESC', first: 50, lang: 'EN' }),
        }),
        check: graphqlOk('caseload'),
      },
      {
        name: 'my deadlines',
        who: 'advocate',
        next: () => ({ path: '/graphql', body: body(DEADLINES, { withinDays: 14, lang: 'EN' }) }),
        check: graphqlOk('deadlines'),
        raw: (client) =>
          inTransaction(client, advocateId, () =>
            client.query(
              `SELECT d.*, p.kind, s.name FROM deadlines d
                 JOIN cases c ON c.organization_id = d.organization_id AND c.id = d.case_id
                 JOIN case_advocates me ON me.organization_id = c.organization_id AND me.case_id = c.id AND me.user_id = $2
                 JOIN proceedings p ON p.organization_id = d.organization_id AND p.id = d.proceeding_id
                 JOIN students s ON s.organization_id = c.organization_id AND s.id = c.student_id
                WHERE d.organization_id = $1 AND c.status IN ('OPEN', 'ACTIVE') AND d.status = 'computed'
                  AND d.due <= current_date + 14
                ORDER BY d.due, d.id LIMIT 500`,
              [organizationId, advocateId],
            ),
          ),
      },
      {
        name: 'record search',
        who: 'advocate',
        next: () => ({
          path: '/graphql',
          body: body(SEARCH, { caseId: nextCase(), query: 'reading goal' }),
        }),
        check: graphqlOk('searchCaseRecords'),
        raw: (client) => {
          const match = (parameter: string) =>
            bilingualTsQuery(parameter).replaceAll(`:${parameter}`, '$2');
          return inTransaction(client, advocateId, () =>
            client.query(
              `(SELECT 'document' AS kind, d.id, ts_rank(d.search_vector, ${match('w')}) AS rank,
                       ts_headline('english', d.title || ' — ' || d.content_text, ${match('w')}, '${HEADLINE_OPTIONS}') AS snippet
                  FROM documents d WHERE d.organization_id = $1 AND d.case_id = $3 AND d.archived_at IS NULL
                   AND d.search_vector @@ ${match('w')} ORDER BY rank DESC, d.id LIMIT 50)
               UNION ALL
               (SELECT 'note', n.id, ts_rank(n.search, ${match('w')}), ts_headline('english', n.body, ${match('w')}, '${HEADLINE_OPTIONS}')
                  FROM case_notes n WHERE n.organization_id = $1 AND n.case_id = $3 AND n.search @@ ${match('w')}
                 ORDER BY 3 DESC, n.id LIMIT 50)
               ORDER BY rank DESC LIMIT 50`,
              [organizationId, 'reading goal', nextCase()],
            ),
          );
        },
      },
      {
        name: 'intake submitted',
        who: 'advocate',
        next: () => ({
          path: '/graphql',
          body: body(SUBMIT, { intakeId: drafts.pop() ?? '00000000-0000-4000-a000-000000000000' }),
        }),
        check: graphqlOk('submitIntake'),
      },
      {
        name: 'event recorded',
        who: 'advocate',
        next: () => ({
          path: '/graphql',
          body: body(RECORD, {
            input: { proceedingId: nextProceeding(), type: 'request_received', date: today },
          }),
        }),
        check: graphqlOk('recordProceedingEvent'),
      },
      {
        name: 'document upload',
        who: 'advocate',
        next: () => ({
          path: `/cases/${nextCase()}/documents`,
          body: upload,
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'x-continuum-upload': '1',
          },
        }),
        check: (status) => status === 201,
      },
    ];

    const appRole = (
      await one<{ oid: number }>(`SELECT oid FROM pg_roles WHERE rolname = 'continuum_app'`)
    )[0]!.oid;
    const postmaster = Number(
      (await readFile(join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    const rawPool = new Pool({
      connectionString: db.appUrl,
      max: MAX_CONNECTIONS,
      idleTimeoutMillis: 0,
    });
    rawPool.on('error', () => undefined);
    pools.push(rawPool);

    // Row-level security's cost: the raw reads as the application role (policies applied)
    // against the same reads as the superuser, whom they do not bind.
    const bypassPool = new Pool({
      connectionString: superuserUrl.toString(),
      max: MAX_CONNECTIONS,
      idleTimeoutMillis: 0,
    });
    bypassPool.on('error', () => undefined);
    pools.push(bypassPool);
    const rlsCosts: string[] = [];

    const rows: Row[] = [];
    for (const scenario of scenarios.filter((s) => !ONLY || ONLY.includes(s.name))) {
      for (const connections of LEVELS) {
        await su.query('SELECT pg_stat_statements_reset()');
        const ticksBefore = await postgresTicks(postmaster);
        const errorsBefore = loggedErrors;
        let rss = await residentMb(api.pid!);
        const sampler = setInterval(() => {
          void residentMb(api!.pid!).then((mb) => (rss = Math.max(rss, mb)));
        }, 200);
        let wrong = 0;
        let clientIndex = 0;
        // autocannon's histogram has no 95th percentile: each request's time is kept here,
        // from its building (just before it is written: one request per connection at a time)
        // to its answer.
        const latencies: number[] = [];
        const result = await autocannon({
          url: base,
          connections,
          duration: SECONDS,
          setupClient: (client) => {
            client.setHeaders({ cookie: sessions[scenario.who][clientIndex++ % MAX_CONNECTIONS]! });
          },
          requests: [
            {
              method: 'POST',
              setupRequest: (request, context: object) => {
                (context as { started?: number }).started = performance.now();
                const next = scenario.next();
                return {
                  ...request,
                  path: next.path,
                  body: next.body,
                  headers: {
                    ...request.headers,
                    'content-type': 'application/json',
                    ...next.headers,
                  },
                };
              },
              onResponse: (status, text, context: object) => {
                latencies.push(performance.now() - (context as { started: number }).started);
                if (!scenario.check(status, text)) {
                  if (wrong++ === 0)
                    log(`${scenario.name}: unexpected answer ${status} ${text.slice(0, 300)}`);
                }
              },
            },
          ],
        });
        clearInterval(sampler);
        const ticks = ticksBetween(ticksBefore, await postgresTicks(postmaster));
        const [calls] = await one<{ calls: string }>(
          'SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements WHERE userid = $1',
          [appRole],
        );
        const done = result.requests.total || 1;
        let rawRatio: number | null = null;
        if (scenario.raw) {
          const rawPerSecond = await closedLoop(rawPool, connections, scenario.raw);
          rawRatio = rawPerSecond / result.requests.average;
        }
        if (
          scenario.raw &&
          connections === MAX_CONNECTIONS &&
          /case page|caseload page/.test(scenario.name)
        ) {
          const withPolicies = await closedLoop(rawPool, connections, scenario.raw);
          const without = await closedLoop(bypassPool, connections, scenario.raw);
          rlsCosts.push(`${scenario.name} ${(without / withPolicies).toFixed(2)}x`);
        }
        const row: Row = {
          scenario: scenario.name,
          connections,
          perSecond: result.requests.average,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          max: Math.max(0, ...latencies),
          errors:
            result.errors + result.timeouts + result.non2xx + wrong + (loggedErrors - errorsBefore),
          statements: Number(calls!.calls) / done,
          pgCpuMs: (ticks * TICK_MS) / done,
          rssMb: rss,
          rawRatio,
        };
        rows.push(row);
        log(formatRow(row));
      }
    }
    process.stdout.write(
      `\nLoad benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
        `${SECONDS} s per level, scale seed (20 organizations, 10,000 cases in the largest, the advocate's 300)\n`,
    );
    process.stdout.write(`${HEADER}\n${rows.map(formatRow).join('\n')}\n`);
    const at = (name: string) =>
      rows.find((r) => r.scenario === name && r.connections === MAX_CONNECTIONS);
    const big = at('admin caseload, 10k cases');
    const small = at('admin caseload, 1k cases');
    if (big && small)
      process.stdout.write(
        `admin caseload PostgreSQL CPU, 10k against 1k cases: ${(big.pgCpuMs / small.pgCpuMs).toFixed(2)}x\n`,
      );
    if (rlsCosts.length)
      process.stdout.write(
        `row-level security, raw SQL as the application role against the same as the superuser (who bypasses it), ${MAX_CONNECTIONS} connections: ${rlsCosts.join(', ')}\n`,
      );
    process.stdout.write(
      `API resident memory, largest: ${Math.max(...rows.map((r) => r.rssMb)).toFixed(0)} MB\n`,
    );
    if (errorSamples.size)
      process.stdout.write(
        `errors the API logged:\n${[...errorSamples].map((e) => `  ${e}`).join('\n')}\n`,
      );
  } finally {
    api?.kill('SIGTERM');
    if (api && api.exitCode === null) await new Promise((r) => api!.once('exit', r));
    for (const pool of pools) await pool.end().catch(() => undefined);
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const HEADER =
  'scenario                     conn    req/s   p50 ms   p95 ms   p99 ms   max ms  errors  stmts/req  pg cpu ms/req  rss MB  x raw SQL';

function formatRow(r: Row): string {
  return [
    r.scenario.padEnd(28),
    String(r.connections).padStart(4),
    r.perSecond.toFixed(0).padStart(8),
    r.p50.toFixed(0).padStart(8),
    r.p95.toFixed(0).padStart(8),
    r.p99.toFixed(0).padStart(8),
    r.max.toFixed(0).padStart(8),
    String(r.errors).padStart(7),
    r.statements.toFixed(1).padStart(10),
    r.pgCpuMs.toFixed(2).padStart(14),
    r.rssMb.toFixed(0).padStart(7),
    (r.rawRatio === null ? '—' : `${r.rawRatio.toFixed(2)}x`).padStart(10),
  ].join(' ');
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Requests per second of `work` run by `connections` workers back to back for SECONDS. */
async function closedLoop(
  pool: Pool,
  connections: number,
  work: (client: PoolClient) => Promise<void>,
): Promise<number> {
  let done = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const client = await pool.connect();
        try {
          await work(client);
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
