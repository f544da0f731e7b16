import { TestTime } from './support/clock';
import { Factories } from './support/factories';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';

/**
 * The dashboard (issue 15) over a hand-counted fixture: contacts per month and mode, people
 * served this program year against the same days a year earlier, cases by stage and pathway,
 * outcomes, deadlines this week and overdue, each staff member's open cases and minutes. Org
 * admins see everyone's work or one person's; an advocate only their own; a parent nothing.
 */

const DASHBOARD = `query ($input: DashboardFilterInput!) { dashboard(input: $input) {
  from to staffUserId
  contactsByMonth { month mode count }
  peopleServed { programYear through thisYear lastYear }
  casesByStage { code count }
  casesByPathway { code count }
  outcomesByPathway { kind state count stateLabel(lang: EN) }
  deadlinesThisWeek deadlinesOverdue
  staff { userId name openCases minutes }
} }`;
const LOG_CONTACT = `mutation ($input: LogContactInput!) { logContact(input: $input) { id } }`;
const CREATE_PERSON = `mutation ($input: NewPersonInput!) { createPerson(input: $input) { id } }`;
const OPEN = `mutation ($id: ID!, $kind: ProceedingKind!) { openProceeding(input: { caseId: $id, kind: $kind }) { id } }`;
const EVENT = `mutation ($id: ID!, $date: String!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: $date }) { id } }`;
const DEADLINES = `{ deadlines(withinDays: 6) { due overdue } }`;

interface Dashboard {
  from: string;
  to: string;
  staffUserId: string | null;
  contactsByMonth: { month: string; mode: string; count: number }[];
  peopleServed: { programYear: number; through: string; thisYear: number; lastYear: number };
  casesByStage: { code: string; count: number }[];
  casesByPathway: { code: string; count: number }[];
  outcomesByPathway: { kind: string; state: string; count: number; stateLabel: string }[];
  deadlinesThisWeek: number;
  deadlinesOverdue: number;
  staff: { userId: string; name: string; openCases: number; minutes: number }[];
}
type Result = {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string; key?: string; field?: string } }[];
};
function ok<T>(result: Result): T {
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

describe('the dashboard', () => {
  const time = new TestTime();
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' }, undefined, { time });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    time.release();
    await resetDatabase();
  });

  /**
   * Today is January 12, 2026 in Los Angeles: program year 2026 began October 1, 2025; the same
   * days a year earlier are October 1, 2024 to January 12, 2025.
   */
  async function fixture() {
    time.pin('2026-01-12T18:00:00Z');
    const organization = await factories.organization({
      name: 'Valley Parent Center',
      timeZone: 'America/Los_Angeles',
    });
    const admin = await factories.member(organization, 'ORG_ADMIN', { name: 'Rosa Admin' });
    const ada = await factories.member(organization, 'ADVOCATE', { name: 'Ada Lane' });
    const ben = await factories.member(organization, 'ADVOCATE', { name: 'Ben Ortiz' });
    const parent = await factories.member(organization, 'PARENT');
    const cookies = {
      admin: await signIn(api, admin.email, admin.password),
      ada: await signIn(api, ada.email, ada.password),
      ben: await signIn(api, ben.email, ben.password),
      parent: await signIn(api, parent.email, parent.password),
    };
    const person = async (name: string, role: string) =>
      ok<{ createPerson: { id: string } }>(
        await api.graphql(CREATE_PERSON, { input: { name, role } }, { cookie: cookies.admin }),
      ).createPerson.id;
    const [pa, pb, pc, pd] = [
      await person('Parent A', 'parent'),
      await person('Parent B', 'parent'),
      await person('Dr. C', 'professional'),
      await person('Parent D', 'parent'),
    ];
    const contact = async (
      cookie: string,
      personId: string,
      mode: string,
      occurredAt: string,
      minutes: number,
    ) =>
      ok(
        await api.graphql(
          LOG_CONTACT,
          {
            input: {
              personId,
              mode,
              occurredAt,
              minutes,
              ...(mode === 'meeting' ? { delivery: 'in_person' } : {}),
            },
          },
          { cookie },
        ),
      );
    // This program year (and the dashboard's range, October to December 2025).
    await contact(cookies.ada, pa, 'phone', '2025-11-03T17:00:00Z', 30);
    await contact(cookies.ada, pa, 'phone', '2025-11-20T17:00:00Z', 10);
    await contact(cookies.ben, pb, 'electronic', '2025-12-02T17:00:00Z', 15);
    await contact(cookies.ada, pc, 'letter', '2025-12-10T17:00:00Z', 5);
    // 23:30 on December 31 in Los Angeles is January 1 in UTC: it counts in December.
    await contact(cookies.ben, pb, 'phone', '2026-01-01T07:30:00Z', 0);
    // The same days a year earlier.
    await contact(cookies.ben, pd, 'meeting', '2024-11-15T17:00:00Z', 60);
    await contact(cookies.ada, pa, 'phone', '2024-12-01T17:00:00Z', 20);

    // Cases: Ada works three open ones, Ben one that was resolved in December.
    const { student: s1 } = await factories.newFamily(organization);
    const { student: s2 } = await factories.newFamily(organization);
    const { student: s3 } = await factories.newFamily(organization);
    const { student: s5 } = await factories.newFamily(organization);
    // Opening a proceeding moves a case to that stage; this one has none yet.
    await factories.newCase(organization, {
      studentId: s5.id,
      advocates: [ada.user],
      stage: 'intake',
    });
    const intake = await factories.newCase(organization, {
      studentId: s1.id,
      advocates: [ada.user],
      stage: 'intake',
    });
    const dueProcess = await factories.newCase(organization, {
      studentId: s2.id,
      advocates: [ada.user],
      stage: 'due_process',
      status: 'ACTIVE',
    });
    const resolved = await factories.newCase(organization, {
      studentId: s3.id,
      advocates: [ben.user],
      stage: 'mediation',
      status: 'RESOLVED',
    });
    // How Ben's mediations ended: one agreement signed in December (in the range), one that
    // ended without agreement in August (before it).
    await asSuperuser(async (c) => {
      for (const [state, events] of [
        [
          'agreement',
          [
            ['requested', '2025-11-01'],
            ['agreement_signed', '2025-12-10'],
          ],
        ],
        ['no_agreement', [['ended_without_agreement', '2025-08-01']]],
      ] as const) {
        const proceeding = await c.query<{ id: string }>(
          `INSERT INTO proceedings (organization_id, id, case_id, kind, state, filed_by)
           VALUES ($1, gen_random_uuid(), $2, 'mediation', $3, 'parent') RETURNING id`,
          [organization.id, resolved.id, state],
        );
        for (const [type, date] of events)
          await c.query(
            `INSERT INTO proceeding_events (organization_id, id, proceeding_id, type, date, recorded_by_user_id)
             VALUES ($1, gen_random_uuid(), $2, $3, $4, $5)`,
            [organization.id, proceeding.rows[0]!.id, type, date, ben.user.id],
          );
      }
    });
    // A due process complaint received January 5: some deadlines fall this week. One received
    // December 1 on the other case: its first deadlines have passed.
    for (const [caseId, date] of [
      [dueProcess.id, '2026-01-05'],
      [intake.id, '2025-12-01'],
    ] as const) {
      const opened = ok<{ openProceeding: { id: string } }>(
        await api.graphql(OPEN, { id: caseId, kind: 'due_process' }, { cookie: cookies.ada }),
      ).openProceeding;
      ok(await api.graphql(EVENT, { id: opened.id, date }, { cookie: cookies.ada }));
    }

    // Another organization's work in the same months never counts.
    const other = await factories.organization({ name: 'Other Center' });
    const otherAdmin = await factories.member(other, 'ORG_ADMIN');
    const otherCookie = await signIn(api, otherAdmin.email, otherAdmin.password);
    const stranger = ok<{ createPerson: { id: string } }>(
      await api.graphql(
        CREATE_PERSON,
        { input: { name: 'Stranger', role: 'parent' } },
        { cookie: otherCookie },
      ),
    ).createPerson.id;
    await contact(otherCookie, stranger, 'phone', '2025-11-05T17:00:00Z', 45);
    const { student: s4 } = await factories.newFamily(other);
    await factories.newCase(other, { studentId: s4.id, stage: 'intake' });

    return { organization, admin, ada, ben, cookies, cases: { intake, dueProcess, resolved } };
  }

  const read = async (cookie: string, input: Record<string, unknown>) =>
    ok<{ dashboard: Dashboard }>(await api.graphql(DASHBOARD, { input }, { cookie })).dashboard;
  const RANGE = { from: '2025-10-01', to: '2025-12-31' };

  it("counts an org admin's whole organization exactly, as the annual report counts", async () => {
    const { admin, ada, ben, cookies } = await fixture();
    const dashboard = await read(cookies.admin, RANGE);
    expect(dashboard.contactsByMonth).toEqual([
      { month: '2025-11', mode: 'phone', count: 2 },
      { month: '2025-12', mode: 'phone', count: 1 },
      { month: '2025-12', mode: 'letter', count: 1 },
      { month: '2025-12', mode: 'electronic', count: 1 },
    ]);
    // Parents only: A and B this year; D and A the year before. Dr. C is a professional.
    expect(dashboard.peopleServed).toEqual({
      programYear: 2026,
      through: '2026-01-12',
      thisYear: 2,
      lastYear: 2,
    });
    expect(dashboard.casesByStage).toEqual([
      { code: 'due_process', count: 2 },
      { code: 'intake', count: 1 },
    ]);
    expect(dashboard.casesByPathway).toEqual([{ code: 'due_process', count: 2 }]);
    expect(dashboard.outcomesByPathway).toEqual([
      { kind: 'mediation', state: 'agreement', count: 1, stateLabel: 'Agreement reached' },
    ]);
    // The deadlines list of the same cases says which are overdue and which fall this week.
    const list = ok<{ deadlines: { due: string; overdue: boolean }[] }>(
      await api.graphql(DEADLINES, {}, { cookie: cookies.admin }),
    ).deadlines;
    const overdue = list.filter((d) => d.overdue).length;
    expect(overdue).toBeGreaterThan(0);
    expect(list.length - overdue).toBeGreaterThan(0);
    expect(dashboard.deadlinesOverdue).toBe(overdue);
    expect(dashboard.deadlinesThisWeek).toBe(list.length - overdue);
    expect(dashboard.staff).toEqual([
      { userId: ada.user.id, name: 'Ada Lane', openCases: 3, minutes: 45 },
      { userId: ben.user.id, name: 'Ben Ortiz', openCases: 0, minutes: 15 },
      { userId: admin.user.id, name: 'Rosa Admin', openCases: 0, minutes: 0 },
    ]);
  });

  it("one staff member's work: an admin may choose anyone, an advocate sees only their own", async () => {
    const { ada, ben, cookies } = await fixture();
    const adas = await read(cookies.admin, { ...RANGE, staffUserId: ada.user.id });
    expect(adas.staffUserId).toBe(ada.user.id);
    expect(adas.contactsByMonth).toEqual([
      { month: '2025-11', mode: 'phone', count: 2 },
      { month: '2025-12', mode: 'letter', count: 1 },
    ]);
    expect(adas.peopleServed).toMatchObject({ thisYear: 1, lastYear: 1 });
    expect(adas.casesByStage).toHaveLength(2);
    expect(adas.outcomesByPathway).toEqual([]);
    expect(adas.staff.map((s) => s.userId)).toEqual([ada.user.id]);

    // Ada herself, asking for nothing in particular, gets the same.
    const own = await read(cookies.ada, RANGE);
    expect(own).toEqual(adas);

    const bens = await read(cookies.ben, RANGE);
    expect(bens.casesByStage).toEqual([]);
    expect(bens.outcomesByPathway.map((o) => [o.kind, o.state, o.count])).toEqual([
      ['mediation', 'agreement', 1],
    ]);
    expect(bens.deadlinesOverdue + bens.deadlinesThisWeek).toBe(0);

    const denied = await api.graphql(
      DASHBOARD,
      { input: { ...RANGE, staffUserId: ben.user.id } },
      { cookie: cookies.ada },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Someone who is not on this organization's staff is not found, whoever they are.
    const stranger = await api.graphql(
      DASHBOARD,
      { input: { ...RANGE, staffUserId: '00000000-0000-4000-8000-000000000000' } },
      { cookie: cookies.admin },
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const parent = await api.graphql(DASHBOARD, { input: RANGE }, { cookie: cookies.parent });
    expect(parent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    [{ from: '2025-12-31', to: '2025-10-01' }, 'to', 'DASHBOARD_RANGE_INVALID'],
    [{ from: '2020-01-01', to: '2025-12-31' }, 'to', 'DASHBOARD_RANGE_INVALID'],
    [{ from: '2025-02-30', to: '2025-12-31' }, 'from', 'DATE_INVALID'],
    [{ ...RANGE, staffUserId: 'nobody' }, 'staffUserId', 'ID_INVALID'],
  ])('refuses %j naming %s', async (input, field, key) => {
    const { cookies } = await fixture();
    const result = await api.graphql(DASHBOARD, { input }, { cookie: cookies.admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, key });
  });
});
