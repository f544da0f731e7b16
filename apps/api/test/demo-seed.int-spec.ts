import { RULES_DATA_VERSION } from '@continuum/rules';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo-seed';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';

describe('the demo seed', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  it('gives every demo parent a family with a student, advocates a case with deadlines, and runs twice harmlessly', async () => {
    const first = await seedDemo(api.unitOfWork);
    expect(first.created).toHaveLength(2 + 6 + 1);
    expect(first.created).toContain('Riverside Parent Center program year');
    expect((await seedDemo(api.unitOfWork)).created).toEqual([]);
    const counts = await asSuperuser((c) =>
      c.query<{ families: number; students: number; cases: number; deadlines: number }>(
        `SELECT (SELECT count(*)::int FROM families) AS families, (SELECT count(*)::int FROM students) AS students,
                (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM deadlines) AS deadlines`,
      ),
    );
    expect(counts.rows[0]).toMatchObject({ families: 6, students: 6, cases: 2 });
    expect(counts.rows[0]!.deadlines).toBeGreaterThan(0);
    const zones = await asSuperuser((c) =>
      c.query<{ name: string; time_zone: string }>(
        'SELECT name, time_zone FROM organizations ORDER BY name',
      ),
    );
    expect(zones.rows).toEqual([
      { name: 'Riverside Parent Center', time_zone: 'America/Los_Angeles' },
      { name: 'Summit Advocacy', time_zone: 'America/New_York' },
    ]);
    const versions = await asSuperuser((c) =>
      c.query<{ rules_version: string }>('SELECT DISTINCT rules_version FROM deadlines'),
    );
    expect(versions.rows).toEqual([{ rules_version: RULES_DATA_VERSION }]);

    const maria = await signIn(api, 'maria.gonzalez@example.com', DEMO_PASSWORD);
    const families = await api.graphql<{
      families: { primaryLanguage: string; students: { name: string; state: string }[] }[];
    }>('{ families { primaryLanguage students { name state } } }', {}, { cookie: maria });
    expect(families.data?.families).toEqual([
      { primaryLanguage: 'ES', students: [{ name: 'Sofía González', state: 'CA' }] },
    ]);
    const marcus = await signIn(api, 'marcus.lee@riverside.example', DEMO_PASSWORD);
    const deadlines = await api.graphql<{ deadlines: { ruleId: string; basis: string[] }[] }>(
      '{ deadlines(withinDays: 30) { ruleId basis } }',
      {},
      { cookie: marcus },
    );
    expect(deadlines.data?.deadlines.map((d) => d.ruleId)).toContain('resolution_meeting');
  });

  it("gives Riverside a program year the annual report counts on every line's kind", async () => {
    await seedDemo(api.unitOfWork);
    const riverside = "(SELECT id FROM organizations WHERE name = 'Riverside Parent Center')";
    const facts = await asSuperuser((c) =>
      c.query<Record<string, unknown>>(`SELECT
        (SELECT array_agg(DISTINCT mode || coalesce('/' || delivery, '') ORDER BY mode || coalesce('/' || delivery, '')) FROM contacts WHERE organization_id = ${riverside}) AS modes,
        (SELECT max(n)::int FROM (SELECT count(*) AS n FROM training_sessions WHERE organization_id = ${riverside} GROUP BY training_id) s) AS longest_series,
        (SELECT count(*)::int FROM training_attendance WHERE organization_id = ${riverside} AND source = 'sign_in_sheet') AS signed_in,
        (SELECT array_agg(DISTINCT kind ORDER BY kind) FROM case_meetings WHERE organization_id = ${riverside} AND cardinality(staff_user_ids) > 0) AS meetings,
        (SELECT count(DISTINCT kind)::int FROM outreach_activities WHERE organization_id = ${riverside}) AS outreach_kinds,
        (SELECT count(*)::int FROM people WHERE organization_id <> ${riverside}) AS people_elsewhere`),
    );
    const { signed_in: signedIn, ...kinds } = facts.rows[0]!;
    expect(signedIn).toBeGreaterThan(30);
    expect(kinds).toEqual({
      modes: ['electronic', 'letter', 'meeting/in_person', 'meeting/virtual', 'phone'],
      longest_series: 3,
      meetings: ['facilitation', 'hearing', 'iep', 'mediation', 'plan_504', 'resolution'],
      outreach_kinds: 6,
      people_elsewhere: 0,
    });
    const rosa = await signIn(api, 'admin@riverside.example', DEMO_PASSWORD);
    const lastYear =
      new Date().getUTCMonth() >= 9 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;
    const report = await api.graphql<{
      annualReport: { lines: { code: string; value: number }[] };
    }>(
      'query ($year: Int!) { annualReport(year: $year) { lines { code value } } }',
      { year: lastYear },
      { cookie: rosa },
    );
    const value = (code: string) =>
      report.data!.annualReport.lines.find((l) => l.code === code)!.value;
    for (const code of [
      'I.A1',
      'I.A2',
      'I.B1a',
      'I.B1b',
      'I.B1c',
      'I.B1d',
      'II.1',
      'IV.A1',
      'IV.A2',
      'IV.A3',
    ])
      expect([code, value(code) > 0]).toEqual([code, true]);
    expect((await seedDemo(api.unitOfWork)).created).toEqual([]);
  });
});
