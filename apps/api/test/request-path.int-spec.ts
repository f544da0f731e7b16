import { PassThrough } from 'node:stream';
import { portalDefinitions, portalOperation } from '../src/scripts/portal-operations';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';
import { waitFor } from './support/wait-for';

const operations = portalDefinitions();
const CASE = portalOperation(operations, 'AdvocateCase');
const CASELOAD = portalOperation(operations, 'AdvocateCaseload');

/** Statements the application role ran since the last reset (pg_stat_statements, top level). */
async function statementsRun(): Promise<{ query: string; calls: number }[]> {
  return asSuperuser(async (client) => {
    const { rows } = await client.query<{ query: string; calls: string }>(
      `SELECT s.query, s.calls FROM pg_stat_statements s
         JOIN pg_roles r ON r.oid = s.userid AND r.rolname = 'continuum_app'
        ORDER BY s.calls DESC`,
    );
    return rows.map((r) => ({ query: r.query, calls: Number(r.calls) }));
  });
}

const resetStatements = () =>
  asSuperuser((client) => client.query('SELECT pg_stat_statements_reset()'));

const total = (rows: { calls: number }[]) => rows.reduce((sum, r) => sum + r.calls, 0);

/**
 * The request path at scale (issue 16), counted rather than timed: how many SQL statements
 * the case page and the caseload cost (pg_stat_statements, every statement the application
 * role sent, BEGIN and COMMIT included), that a session's bookkeeping never makes a request
 * wait on a lock, and that the errors a user meets (not found, forbidden) and work stopped
 * after a client left are not logged as faults.
 */
describe('the request path', () => {
  let api: TestApi;
  let factories: Factories;
  const logged: string[] = [];
  beforeAll(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => logged.push(chunk.toString('utf8')));
    api = await TestApi.start({ JOB_WORKERS: 'false', LOG_LEVEL: 'warn' }, undefined, {
      logStream,
    });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await resetDatabase();
    logged.length = 0;
  });

  async function advocateWithCases(count: number) {
    const organization = await factories.organization();
    const advocate = await factories.member(organization, 'ADVOCATE');
    const caseIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const { student } = await factories.newFamily(organization, { name: `Family ${i}` });
      const row = await factories.newCase(organization, {
        studentId: student.id,
        advocates: [advocate.user],
        status: 'ACTIVE',
      });
      caseIds.push(row.id);
    }
    const cookie = await signIn(api, advocate.email, advocate.password);
    return { organization, advocate, caseIds, cookie };
  }

  it('opens a request in one round trip and serves the case page in a fixed number of statements', async () => {
    const { caseIds, cookie } = await advocateWithCases(2);
    const caseId = caseIds[0]!;
    // A proceeding with an event and its deadlines, so every part of the page has rows.
    const opened = await api.graphql<{ openProceeding: { id: string } }>(
      `mutation ($input: OpenProceedingInput!) { openProceeding(input: $input) { id } }`,
      { input: { caseId, kind: 'records_request' } },
      { cookie },
    );
    expect(opened.errors).toBeUndefined();
    const today = new Date().toISOString().slice(0, 10);
    const recorded = await api.graphql(
      `mutation ($input: RecordProceedingEventInput!) { recordProceedingEvent(input: $input) { id } }`,
      {
        input: { proceedingId: opened.data!.openProceeding.id, type: 'request_sent', date: today },
      },
      { cookie },
    );
    expect(recorded.errors).toBeUndefined();

    await resetStatements();
    const page = await api.graphql<{ case: { proceedings: { deadlines: unknown[] }[] } }>(
      CASE,
      { caseId, lang: 'EN' },
      { cookie },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.case.proceedings[0]!.deadlines.length).toBeGreaterThan(0);
    const statements = await statementsRun();
    // BEGIN and the session, its membership and the organization's settings: one round trip
    // of two statements, the second app_open_request.
    expect(statements.some((s) => /app_open_request/.test(s.query))).toBe(true);
    expect(statements.some((s) => /FROM "?sessions"?/i.test(s.query))).toBe(false);
    expect(statements.some((s) => /FROM "?organizations"?/i.test(s.query))).toBe(false);
    // BEGIN, app_open_request, the case with its student and people, its proceedings, their
    // events, their deadlines, the timeline, the audit row, COMMIT.
    expect(total(statements)).toBe(9);
  });

  it('serves a caseload page of 50 in as many statements as a page of 5, and few', async () => {
    const { cookie } = await advocateWithCases(55);
    const cost = async (first: number) => {
      await resetStatements();
      const result = await api.graphql<{ caseload: { nodes: unknown[] } }>(
        CASELOAD,
        { sort: 'NEXT_DUE_ASC', first, lang: 'EN' },
        { cookie },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.caseload.nodes).toHaveLength(first);
      return total(await statementsRun());
    };
    const small = await cost(5);
    const large = await cost(50);
    expect(large).toBe(small);
    // BEGIN, app_open_request, the page with students and people, the counts per stage, the
    // next deadlines, the audit row, COMMIT.
    expect(large).toBe(7);
  });

  it("never waits on its session's row: last_seen_at moves outside the request, skipping a locked row", async () => {
    const { caseIds, cookie } = await advocateWithCases(1);
    // A connection of its own (harness asSuperuser), holding the row across the requests.
    await asSuperuser(async (locker) => {
      // The session was last seen two minutes ago (so it is due a touch), and another
      // transaction holds its row.
      await locker.query(`UPDATE sessions SET last_seen_at = now() - interval '2 minutes'`);
      await locker.query('BEGIN');
      await locker.query('SELECT id FROM sessions FOR UPDATE');
      const page = await api.graphql(CASE, { caseId: caseIds[0], lang: 'EN' }, { cookie });
      expect(page.errors).toBeUndefined();
      await locker.query('ROLLBACK');
      // Unlocked, the next request's touch lands, after its answer.
      await api.graphql(CASE, { caseId: caseIds[0], lang: 'EN' }, { cookie });
      await waitFor('last_seen_at to move', async () => {
        const { rows } = await locker.query<{ fresh: boolean }>(
          `SELECT last_seen_at > now() - interval '1 minute' AS fresh FROM sessions`,
        );
        return rows.every((r) => r.fresh);
      });
    });
  });

  it('logs no error for what a user meets: a case not found, a forbidden change', async () => {
    const { cookie } = await advocateWithCases(1);
    const missing = await api.graphql(
      CASE,
      { caseId: '5f0c1e2a-0000-4000-8000-000000000000', lang: 'EN' },
      { cookie },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const forbidden = await api.graphql(
      `mutation { updateOrganizationSettings(input: { name: "Mine now" }) { name } }`,
      {},
      { cookie },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const errors = logged
      .flatMap((chunk) => chunk.split('\n'))
      .filter((line) => line && (JSON.parse(line) as { level: number }).level >= 50);
    expect(errors).toEqual([]);
  });
});
