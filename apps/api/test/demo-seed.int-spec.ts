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
    expect(first.created).toHaveLength(2 + 6);
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
});
