import { Factories } from './support/factories';
import { resetDatabase, signIn, TestApi } from './support/harness';

const TRAINING =
  'id title delivery funded sessions { startsAt } attendance { name role headcount source } total';
const CREATE = `mutation ($input: CreateTrainingInput!) { createTraining(input: $input) { ${TRAINING} } }`;
const IMPORT = `mutation ($t: ID!, $csv: String!) { importSignInSheet(trainingId: $t, csv: $csv) {
  added matched created skipped errors { line field key } training { ${TRAINING} } } }`;

interface Training {
  id: string;
  attendance: { name: string | null; role: string; headcount: number; source: string }[];
  total: number;
  sessions: { startsAt: string }[];
}

/** Trainings, sign-in sheets and outreach (issue 15). */
describe('trainings and outreach', () => {
  let api: TestApi;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    const factories = new Factories(api.unitOfWork);
    await resetDatabase();
    const org = await factories.organization({ name: 'Valley Parent Center' });
    const other = await factories.organization({ name: 'Other Center' });
    for (const [key, organization, role] of [
      ['admin', org, 'ORG_ADMIN'],
      ['advocate', org, 'ADVOCATE'],
      ['parent', org, 'PARENT'],
      ['otherAdmin', other, 'ORG_ADMIN'],
    ] as const) {
      const member = await factories.member(organization, role);
      cookies[key] = await signIn(api, member.email, member.password);
    }
  });
  afterAll(() => api.close());

  async function ok<T>(who: string, query: string, variables: Record<string, unknown> = {}) {
    const result = await api.graphql<T>(query, variables, { cookie: cookies[who]! });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  }

  it('creates a multi-session training, imports its sign-in sheet, and counts heads without names', async () => {
    // Two people already on record: one by email, one by phone.
    await ok(
      'advocate',
      'mutation { createPerson(input: { name: "Ana Ruiz", email: "ANA@example.org" }) { id } }',
    );
    await ok(
      'advocate',
      'mutation { logCall(input: { name: "Bo Chen", phone: "(555) 010-2000", topic: "iep" }) { id } }',
    );
    const { createTraining } = await ok<{ createTraining: Training }>('advocate', CREATE, {
      input: {
        title: 'Transition series',
        delivery: 'virtual',
        funded: true,
        topics: ['transition'],
        presenters: ['Rosa'],
        sessions: [
          { startsAt: '2026-02-05T02:00:00.000Z', minutes: 90 },
          { startsAt: '2026-02-12T02:00:00.000Z', minutes: 90 },
          { startsAt: '2026-02-19T02:00:00.000Z', minutes: 90 },
        ],
      },
    });
    expect(createTraining.sessions).toHaveLength(3);

    // Spanish headers, in another order; one row repeats a person.
    const sheet = [
      'Nombre,Correo electrónico,Teléfono,Rol',
      'Ana Ruiz,ana@example.org,,madre',
      'Bo Chen,,555.010.2000,padre',
      'Cy Dee,cy@example.org,,estudiante',
      'Ana R.,ana@example.org,,',
    ].join('\r\n');
    const imported = await ok<{
      importSignInSheet: {
        added: number;
        matched: number;
        created: number;
        skipped: number;
        errors: unknown[];
        training: Training;
      };
    }>('advocate', IMPORT, { t: createTraining.id, csv: sheet });
    expect(imported.importSignInSheet).toMatchObject({
      added: 3,
      matched: 2,
      created: 1,
      skipped: 1,
      errors: [],
    });
    expect(imported.importSignInSheet.training.attendance).toEqual([
      { name: 'Ana Ruiz', role: 'parent', headcount: 1, source: 'sign_in_sheet' },
      { name: 'Bo Chen', role: 'parent', headcount: 1, source: 'sign_in_sheet' },
      { name: 'Cy Dee', role: 'student', headcount: 1, source: 'sign_in_sheet' },
    ]);
    const people = await ok<{ people: { name: string }[] }>('admin', '{ people { name } }');
    expect(people.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Bo Chen', 'Cy Dee']);

    // A bad row names its line and column and imports nothing.
    const bad = await ok<{
      importSignInSheet: { added: number; errors: unknown[]; training: Training };
    }>('advocate', IMPORT, {
      t: createTraining.id,
      csv: 'name,email,role\nDee Eff,dee@example.org,parent\nGee,not-an-email,teacher\n',
    });
    expect(bad.importSignInSheet.added).toBe(0);
    expect(bad.importSignInSheet.errors).toEqual([
      { line: 3, field: 'email', key: 'SIGN_IN_EMAIL_INVALID' },
      { line: 3, field: 'role', key: 'SIGN_IN_ROLE_INVALID' },
    ]);
    expect(bad.importSignInSheet.training.total).toBe(3);

    const counted = await ok<{ setTrainingHeadcount: Training }>(
      'advocate',
      'mutation ($t: ID!) { setTrainingHeadcount(trainingId: $t, role: professional, count: 4) { total attendance { role headcount source } } }',
      { t: createTraining.id },
    );
    expect(counted.setTrainingHeadcount.total).toBe(7);
    const again = await api.graphql(
      'mutation ($t: ID!, $p: ID!) { addTrainingAttendee(input: { trainingId: $t, personId: $p }) { total } }',
      {
        t: createTraining.id,
        p: (await ok<{ people: { id: string }[] }>('admin', '{ people(search: "Cy") { id } }'))
          .people[0]!.id,
      },
      { cookie: cookies.advocate! },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      key: 'TRAINING_ATTENDEE_DUPLICATE',
      field: 'personId',
    });
  });

  it('logs outreach from the organization’s list', async () => {
    const logged = await ok<{ logOutreach: { kind: string; count: number } }>(
      'admin',
      'mutation { logOutreach(input: { kind: "newsletter", occurredOn: "2026-03-01", count: 400 }) { kind count } }',
    );
    expect(logged.logOutreach).toEqual({ kind: 'newsletter', count: 400 });
    const bad = await api.graphql(
      'mutation { logOutreach(input: { kind: "billboard", occurredOn: "2026-03-01", count: -1 }) { kind } }',
      {},
      { cookie: cookies.admin! },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  it('keeps trainings from parents and from other organizations', async () => {
    const { trainings } = await ok<{ trainings: { id: string }[] }>(
      'admin',
      '{ trainings { id } }',
    );
    expect(trainings.length).toBeGreaterThan(0);
    for (const query of ['{ trainings { id } }', '{ outreachActivities { id } }'])
      expect(
        (await api.graphql(query, {}, { cookie: cookies.parent! })).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
    expect(await ok('otherAdmin', '{ trainings { id } outreachActivities { id } }')).toEqual({
      trainings: [],
      outreachActivities: [],
    });
    const probe = await api.graphql(
      IMPORT,
      { t: trainings[0]!.id, csv: 'name\nX' },
      { cookie: cookies.otherAdmin! },
    );
    expect(probe.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
