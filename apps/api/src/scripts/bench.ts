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
import { DEMO_FAMILIES, DEMO_ORGANIZATIONS, DEMO_PASSWORD, seedDemo } from '../seed/demo-seed';
import { bilingualTsQuery, HEADLINE_OPTIONS } from '../platform/database/full-text-search';
import { DEFAULT_REPORT_LISTS, DEFAULT_REPORT_RULES } from '@continuum/rules';
import { bindReportSql, TOTALS_SQL } from '../modules/annual-report/annual-report.sql';
import { CONTACTS_BY_MONTH_SQL } from '../modules/dashboard/dashboard.sql';

/**
 * `npm run bench -w @continuum/api`: what one request of ours costs against the raw SQL it
 * comes down to, on this machine, as ratios (wall-clock numbers alone mean little on a
 * shared machine; the ratios travel).
 *
 *   raw SQL      BEGIN; set_config ×2; the members query; COMMIT — on a bare pg pool
 *   unit of work the same query through UnitOfWork.run (TypeORM, the request transaction)
 *   GraphQL      POST /graphql { organizationMembers } over HTTP with a session cookie:
 *                session lookup, guard, CASL, the query, the response
 *
 * and the same three for one search over a case's records (`searchCaseRecords`) in a case of
 * 2,000 documents (about 3,000 characters of text each) and 2,000 notes: the raw SQL is both
 * full-text queries (rank, snippet, the 50 best) in one transaction; our path adds the case
 * lookup, CASL on every hit, the documents' versions, the merge and an audit row.
 *
 * Last, the Parent Center annual report of an organization with 50,000 contacts, 2,000
 * trainings (about 30,000 named attendees) and 20,000 people, plus 2,000 cases with their
 * communications and meetings: time per request, one at a time, and the ratio to the raw SQL
 * of its one statement (annual-report.sql.ts TOTALS_SQL, which every number comes from).
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
    // The database stops at the end, with idle clients still connected.
    pool.on('error', () => undefined);
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

    report(`members of one organization (6 rows), ${CONCURRENCY} concurrent, ${SECONDS} s each`, [
      await measure('raw SQL', raw),
      await measure('unit of work', viaUnitOfWork),
      await measure('GraphQL over HTTP', viaGraphQL),
    ]);

    const caseId = DEMO_FAMILIES[0]!.case!.id;
    await seedSearchCorpus(db.ownerUrl, organizationId, caseId);
    const WORDS = 'audiology evaluation';
    const match = (parameter: string) =>
      bilingualTsQuery(parameter).replaceAll(`:${parameter}`, '$2');
    // Both halves as the services write them (documents.service, notes.service searchHits).
    const SEARCH_SQL = `
      (SELECT 'document' AS kind, d.id, ts_rank(d.search_vector, ${match('w')}) AS rank,
              ts_headline('english', d.title || ' — ' || d.content_text, ${match('w')}, '${HEADLINE_OPTIONS}') AS snippet
         FROM documents d
        WHERE d.organization_id = $1 AND d.case_id = $3 AND d.archived_at IS NULL
          AND d.search_vector @@ ${match('w')}
        ORDER BY rank DESC, d.id LIMIT 50)
      UNION ALL
      (SELECT 'note', n.id, ts_rank('{0.4, 0.2, 0.4, 1.0}', n.search, ${match('w')}),
              ts_headline('english', n.body, ${match('w')}, '${HEADLINE_OPTIONS}')
         FROM case_notes n
        WHERE n.organization_id = $1 AND n.case_id = $3 AND n.search @@ ${match('w')}
        ORDER BY 3 DESC, n.id LIMIT 50)
      ORDER BY rank DESC LIMIT 50`;
    const rawSearch = () =>
      pool.connect().then(async (client) => {
        try {
          await client.query('BEGIN');
          await client.query(
            `SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`,
            [organizationId, userId],
          );
          const { rows } = await client.query(SEARCH_SQL, [organizationId, WORDS, caseId]);
          if (rows.length !== 50) throw new Error(`raw search found ${rows.length}`);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      });
    const searchViaUnitOfWork = () =>
      unitOfWork.run(actor, async (manager) => {
        const rows = await manager.query<unknown[]>(SEARCH_SQL, [organizationId, WORDS, caseId]);
        if (rows.length !== 50) throw new Error(`search found ${rows.length}`);
      });
    const searchBody = JSON.stringify({
      query:
        'query ($c: ID!, $q: String!) { searchCaseRecords(caseId: $c, query: $q) { kind id title snippet rank document { id title currentVersion { id } } note { id } } }',
      variables: { c: caseId, q: WORDS },
    });
    const searchViaGraphQL = () =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: searchBody,
      }).then(async (r) => {
        const json = (await r.json()) as { data?: { searchCaseRecords: unknown[] } };
        if (json.data?.searchCaseRecords.length !== 50)
          throw new Error(`unexpected answer: ${JSON.stringify(json).slice(0, 500)}`);
      });
    report(
      `search a case of 2,000 documents and 2,000 notes ("${WORDS}", 50 best of 200), ${CONCURRENCY} concurrent, ${SECONDS} s each`,
      [
        await measure('raw SQL', rawSearch),
        await measure('unit of work', searchViaUnitOfWork),
        await measure('GraphQL over HTTP', searchViaGraphQL),
      ],
    );
    await seedParentCenterScale(db.ownerUrl, organizationId, userId);
    const lists = DEFAULT_REPORT_LISTS;
    const reportParameters = {
      org: organizationId,
      d0: '2025-10-01',
      d1: '2026-09-30',
      tz: 'America/Los_Angeles',
      meetingsCountAsContacts: DEFAULT_REPORT_RULES.meetingsCountAsContacts,
      multiSessionCountsOnce: DEFAULT_REPORT_RULES.multiSessionCountsOnce,
      includeStudents: DEFAULT_REPORT_RULES.unduplicatedIncludesStudents,
      ageBands: lists.ageBands.items.map((i) => {
        const [lo, hi] = i.code.split('-').map(Number);
        return { code: i.code, lo, hi };
      }),
      disability: lists.disabilityCategories.items.map((i) => i.code),
      race: lists.raceEthnicity.items.map((i) => i.code),
      languages: lists.languages.items.map((i) => i.code),
    };
    const reportSql = bindReportSql(TOTALS_SQL, reportParameters);
    const rawReport = () =>
      pool.connect().then(async (client) => {
        try {
          await client.query('BEGIN');
          await client.query(
            `SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`,
            [organizationId, userId],
          );
          const { rows } = await client.query(reportSql.text, reportSql.parameters);
          if (rows.length < 20) throw new Error(`raw report found ${rows.length} lines`);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      });
    const reportBody = JSON.stringify({
      query:
        '{ annualReport(year: 2026, live: true) { lines { code value } demographics { list rows { code value } } outreach { code value } } }',
    });
    let parents = 0;
    const reportViaGraphQL = () =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: reportBody,
      }).then(async (r) => {
        const json = (await r.json()) as {
          data?: { annualReport: { lines: { code: string; value: number }[] } };
        };
        const line = json.data?.annualReport.lines.find((l) => l.code === 'II.1');
        if (!line) throw new Error(`unexpected answer: ${JSON.stringify(json).slice(0, 500)}`);
        parents = line.value;
      });
    const rawTime = await timeEach(rawReport);
    const ourTime = await timeEach(reportViaGraphQL);
    process.stdout.write(
      `annual report, 50,000 contacts / 2,000 trainings / 20,000 people (II.1 = ${parents} parents), one at a time, Node ${process.version}\n` +
        `raw SQL (TOTALS_SQL) ${rawTime.toFixed(0).padStart(8)} ms per report\n` +
        `GraphQL over HTTP    ${ourTime.toFixed(0).padStart(8)} ms per report   ${(ourTime / rawTime).toFixed(2)}x the time of raw SQL (aim: under 2,000 ms)\n`,
    );
    // The dashboard over the same year: its biggest statement is the report's activity rows
    // grouped by month (it runs that statement three times: the months, and people served this
    // year and last).
    const monthsSql = bindReportSql(CONTACTS_BY_MONTH_SQL, { ...reportParameters, staff: null });
    const rawMonths = () =>
      pool.connect().then(async (client) => {
        try {
          await client.query('BEGIN');
          await client.query(
            `SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`,
            [organizationId, userId],
          );
          const { rows } = await client.query(monthsSql.text, monthsSql.parameters);
          if (rows.length < 12) throw new Error(`raw dashboard found ${rows.length} rows`);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      });
    const dashboardBody = JSON.stringify({
      query:
        '{ dashboard(input: { from: "2025-10-01", to: "2026-09-30" }) { contactsByMonth { month mode count } peopleServed { thisYear lastYear } casesByStage { code count } casesByPathway { code count } outcomesByPathway { kind state count } deadlinesThisWeek deadlinesOverdue staff { name openCases minutes } } }',
    });
    const dashboardViaGraphQL = () =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: dashboardBody,
      }).then(async (r) => {
        const json = (await r.json()) as { data?: { dashboard: { contactsByMonth: unknown[] } } };
        if (!json.data?.dashboard.contactsByMonth.length)
          throw new Error(`unexpected answer: ${JSON.stringify(json).slice(0, 500)}`);
      });
    const rawDashboard = await timeEach(rawMonths);
    const ourDashboard = await timeEach(dashboardViaGraphQL);
    process.stdout.write(
      `dashboard, the same organization, one program year, one at a time\n` +
        `raw SQL (CONTACTS_BY_MONTH_SQL) ${rawDashboard.toFixed(0).padStart(8)} ms\n` +
        `GraphQL over HTTP               ${ourDashboard.toFixed(0).padStart(8)} ms   ${(ourDashboard / rawDashboard).toFixed(2)}x the time of its biggest statement\n`,
    );
    await pool.end();
    await app.close();
  } finally {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The median time of one run, in milliseconds, after two warm-up runs (a report takes a while). */
async function timeEach(run: () => Promise<unknown>, count = 9): Promise<number> {
  for (let i = 0; i < 2; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(count / 2)]!;
}

/**
 * A Parent Center at scale, written as the owner in set-based statements: 8,000 families with a
 * child each, 20,000 people (8,000 of them those families' parents), 50,000 contacts over two
 * program years, 2,000 trainings of one to three sessions with 15 named attendees and a head
 * count each, 2,000 cases with three communications and a meeting staff attended, and outreach.
 */
async function seedParentCenterScale(
  ownerUrl: string,
  organizationId: string,
  staffUserId: string,
) {
  const pool = new Pool({ connectionString: ownerUrl, max: 1 });
  pool.on('error', () => undefined);
  const o = [organizationId];
  const q = (sql: string, parameters: unknown[] = o) =>
    pool.query(sql, parameters).catch((error: Error) => {
      throw new Error(`scale seed failed: ${error.message}\n${sql}`);
    });
  try {
    // Row-level security is forced for the owner too: act in the organization for the session.
    await q(`SELECT set_config('app.organization_id', $1, false)`);
    await q(`INSERT INTO families (organization_id, id, name, primary_language)
             SELECT $1, gen_random_uuid(), 'Scale family ' || g, CASE WHEN g % 3 = 0 THEN 'es' ELSE 'en' END
             FROM generate_series(1, 8000) g`);
    await q(`INSERT INTO students (organization_id, id, family_id, name, date_of_birth, state, plan_type,
                                   disability_categories, race_categories)
             SELECT $1, gen_random_uuid(), f.id, 'Scale child', date '2008-01-01' + (hashtext(f.id::text) & 8191),
                    'CA', 'iep',
                    jsonb_build_array((ARRAY['autism','specific_learning_disability','other_health_impairment','declined'])[1 + (hashtext(f.name) & 3)]),
                    jsonb_build_array((ARRAY['white','hispanic_latino','asian','black_african_american'])[1 + (hashtext(f.id::text) & 3)])
             FROM families f WHERE f.organization_id = $1 AND f.name LIKE 'Scale family %'`);
    await q(`INSERT INTO people (organization_id, id, name, role, phone, primary_language)
             SELECT $1, gen_random_uuid(), 'Scale person ' || g,
                    CASE WHEN g <= 16000 THEN 'parent' WHEN g <= 18500 THEN 'professional' ELSE 'student' END,
                    '(555) ' || lpad((g % 1000)::text, 3, '0') || '-' || lpad((g % 10000)::text, 4, '0'),
                    (ARRAY['en', 'es', 'declined', NULL])[1 + g % 4]
             FROM generate_series(1, 20000) g`);
    await q(`UPDATE people p SET family_id = f.id
             FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM families
                   WHERE organization_id = $1 AND name LIKE 'Scale family %') f,
                  (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people
                   WHERE organization_id = $1 AND name LIKE 'Scale person %' AND role = 'parent') x
             WHERE p.organization_id = $1 AND p.id = x.id AND x.n = f.n`);
    const everyone = `(SELECT array_agg(id ORDER BY id) AS ids, array_agg(role ORDER BY id) AS roles
                       FROM people WHERE organization_id = $1 AND name LIKE 'Scale person %')`;
    await q(
      `INSERT INTO contacts (organization_id, id, person_id, role, mode, delivery, occurred_at, topics, minutes, staff_user_id)
             SELECT $1, gen_random_uuid(), p.ids[i], p.roles[i], (ARRAY['phone','letter','electronic','meeting'])[1 + g % 4],
                    CASE WHEN g % 4 = 3 THEN (ARRAY['in_person','virtual'])[1 + g % 2] END,
                    timestamptz '2024-10-01 08:00-07' + (g % 730) * interval '1 day' + (g % 9) * interval '1 hour',
                    '{iep}', 10 + g % 50, $2
             FROM ${everyone} p, generate_series(1, 50000) g, LATERAL (SELECT 1 + (g * 7919) % 20000 AS i) x`,
      [organizationId, staffUserId],
    );
    await q(`INSERT INTO trainings (organization_id, id, title, delivery, funded)
             SELECT $1, gen_random_uuid(), 'Scale training ' || g, (ARRAY['in_person','virtual'])[1 + g % 2], g % 10 <> 0
             FROM generate_series(1, 2000) g`);
    const trainings = `(SELECT id, row_number() OVER (ORDER BY id) AS n FROM trainings
                        WHERE organization_id = $1 AND title LIKE 'Scale training %')`;
    await q(`INSERT INTO training_sessions (organization_id, id, training_id, starts_at, minutes)
             SELECT $1, gen_random_uuid(), t.id, timestamptz '2024-10-01 18:00-07' + (t.n % 730) * interval '1 day' + s * interval '7 days', 90
             FROM ${trainings} t, generate_series(0, 2) s WHERE s = 0 OR t.n % 3 = 0`);
    await q(`INSERT INTO training_attendance (organization_id, id, training_id, person_id, role, headcount, source)
             SELECT DISTINCT ON (t.id, p.ids[i]) $1, gen_random_uuid(), t.id, p.ids[i], p.roles[i], 1, 'sign_in_sheet'
             FROM ${trainings} t, ${everyone} p, generate_series(1, 15) k,
                  LATERAL (SELECT 1 + (t.n * 131 + k * 977) % 20000 AS i) x`);
    await q(`INSERT INTO training_attendance (organization_id, id, training_id, person_id, role, headcount, source)
             SELECT $1, gen_random_uuid(), t.id, NULL, 'parent', 5 + t.n % 20, 'count' FROM ${trainings} t`);
    await q(`INSERT INTO cases (organization_id, id, student_id, status, stage)
             SELECT $1, gen_random_uuid(), s.id, 'ACTIVE', 'intake'
             FROM students s WHERE s.organization_id = $1 AND s.name = 'Scale child' LIMIT 2000`);
    const cases = `(SELECT c.id, row_number() OVER (ORDER BY c.id) AS n FROM cases c
                    JOIN students s ON s.organization_id = c.organization_id AND s.id = c.student_id
                    WHERE c.organization_id = $1 AND s.name = 'Scale child')`;
    await q(`INSERT INTO case_communications (organization_id, id, case_id, occurred_on, mode, summary)
             SELECT $1, gen_random_uuid(), c.id, date '2024-10-01' + ((c.n * 37 + g * 101) % 730)::int,
                    (ARRAY['phone','letter','email_or_text','in_person_meeting','virtual_meeting'])[1 + (c.n + g) % 5], 'Called the school'
             FROM ${cases} c, generate_series(1, 3) g`);
    await q(
      `INSERT INTO case_meetings (organization_id, id, case_id, held_on, kind, staff_user_ids)
             SELECT $1, gen_random_uuid(), c.id, date '2024-10-01' + ((c.n * 13) % 730)::int,
                    (ARRAY['iep','facilitation','mediation','resolution','hearing','plan_504'])[1 + c.n % 6], ARRAY[$2::uuid]
             FROM ${cases} c`,
      [organizationId, staffUserId],
    );
    await q(`INSERT INTO outreach_activities (organization_id, id, kind, occurred_on, count)
             SELECT $1, gen_random_uuid(), (ARRAY['website','social_media','publications','newsletter','media','exhibit'])[1 + g % 6],
                    date '2024-10-01' + (g * 7 % 730), 100 + g
             FROM generate_series(1, 120) g`);
    await q('ANALYZE', []);
  } finally {
    await pool.end();
  }
}

function report(title: string, results: { name: string; perSecond: number }[]): void {
  const base = results[0]!.perSecond;
  process.stdout.write(`${title}, Node ${process.version}\n`);
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(20)} ${r.perSecond.toFixed(0).padStart(8)} /s   ${(base / r.perSecond).toFixed(2)}x the cost of raw SQL\n`,
    );
  }
}

/**
 * 2,000 documents and 2,000 notes in one case, one in twenty of each naming an audiology
 * evaluation, written as the owner under the organization's row-level security setting.
 * The texts are varied sentences of a case file, so the words' frequencies are not absurd.
 */
async function seedSearchCorpus(ownerUrl: string, organizationId: string, caseId: string) {
  const sentences = [
    'The student made progress toward the reading fluency goal, reading 62 words per minute.',
    'Speech services were delivered in a small group of three students for thirty minutes.',
    'The team discussed accommodations for state testing, including extended time and breaks.',
    'The parent asked for the data behind the behavior intervention plan and the incident logs.',
    'Occupational therapy focused on handwriting, keyboarding and sensory regulation strategies.',
    'The district proposed reducing resource room minutes; the parent did not agree.',
    'El estudiante avanzó en la meta de comprensión lectora con apoyo visual y repetición.',
    'La familia pidió una copia del expediente completo y de las notas de progreso.',
    'Math goals were revised after the trimester progress report showed limited growth.',
    'Attendance improved after the transportation change agreed at the last meeting.',
  ];
  const client = new Pool({ connectionString: ownerUrl, max: 1 });
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    await client.query(
      `INSERT INTO documents (organization_id, id, case_id, title, type, visibility, content_text)
       SELECT $1, gen_random_uuid(), $2, 'Progress report ' || g, 'progress_report',
              CASE WHEN g % 2 = 0 THEN 'shared' ELSE 'internal' END,
              (SELECT string_agg(($3::text[])[1 + (g * 7 + i) % 10], ' ') FROM generate_series(1, 34) i)
                || CASE WHEN g % 20 = 0 THEN ' An audiology evaluation was requested in writing.' ELSE '' END
       FROM generate_series(1, 2000) g`,
      [organizationId, caseId, sentences],
    );
    await client.query(
      `INSERT INTO document_versions (organization_id, id, document_id, version_number, file_name,
                                      content_type, size_bytes, sha256, storage_key)
       SELECT organization_id, gen_random_uuid(), id, 1, 'report.pdf', 'application/pdf', 40000,
              repeat('0', 64), 'bench/' || id
       FROM documents WHERE case_id = $1`,
      [caseId],
    );
    await client.query(
      `INSERT INTO case_notes (organization_id, id, case_id, visibility, body)
       SELECT $1, gen_random_uuid(), $2, CASE WHEN g % 2 = 0 THEN 'SHARED' ELSE 'INTERNAL' END,
              ($3::text[])[1 + g % 10] || ' ' || ($3::text[])[1 + (g * 3) % 10]
                || CASE WHEN g % 20 = 0 THEN ' Follow up on the audiology evaluation.' ELSE '' END
       FROM generate_series(1, 2000) g`,
      [organizationId, caseId, sentences],
    );
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
