import { Factories } from './support/factories';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';

const SETTINGS_FIELDS =
  'name advocatesSeeAllCases deadlineReminderDays reportRules { multiSessionCountsOnce unduplicatedIncludesStudents meetingsCountAsContacts }';
const READ = `{ organizationSettings { ${SETTINGS_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { ${SETTINGS_FIELDS} } }`;
const LIST_FIELDS = 'name customized confidence items { code label { en es } }';
const LISTS = `{ reportLists { ${LIST_FIELDS} } }`;
const SET_LIST = `mutation ($input: SetReportListInput!) { setReportList(input: $input) { ${LIST_FIELDS} } }`;
const RESET_LIST = `mutation ($name: String!) { resetReportList(name: $name) { ${LIST_FIELDS} } }`;
const CASELOAD = `{ caseload(first: 50) { totalCount } }`;
const REPORT = `query ($year: Int!) { annualReport(year: $year, live: true) { outreach { code label { en } value } } }`;

interface Settings {
  name: string;
  advocatesSeeAllCases: boolean;
  deadlineReminderDays: number;
  reportRules: Record<string, boolean>;
}
interface List {
  name: string;
  customized: boolean;
  confidence: string;
  items: { code: string; label: { en: string; es: string } }[];
}

/** /organization/settings: the general settings, the counting rules and the report's lists (issue 15). */
describe('organization settings, changed by org admins', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  async function organizationWithStaff(name = 'Valley Parent Center') {
    const organization = await factories.organization({ name });
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const advocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT');
    return {
      organization,
      cookies: {
        admin: await signIn(api, admin.email, admin.password),
        advocate: await signIn(api, advocate.email, advocate.password),
        parent: await signIn(api, parent.email, parent.password),
      },
    };
  }

  const settingsOf = async (cookie: string) =>
    (await api.graphql<{ organizationSettings: Settings }>(READ, {}, { cookie })).data!
      .organizationSettings;

  it('starts from the defaults; a change is saved, audited with before and after, and takes effect', async () => {
    const { organization, cookies } = await organizationWithStaff();
    const other = await organizationWithStaff('Other Center');
    const { student } = await factories.newFamily(organization);
    await factories.newCase(organization, { studentId: student.id });

    expect(await settingsOf(cookies.admin)).toEqual({
      name: 'Valley Parent Center',
      advocatesSeeAllCases: false,
      deadlineReminderDays: 3,
      reportRules: {
        multiSessionCountsOnce: true,
        unduplicatedIncludesStudents: false,
        meetingsCountAsContacts: true,
      },
    });
    // Not assigned to the case, the advocate does not see it yet.
    const before = await api.graphql<{ caseload: { totalCount: number } }>(
      CASELOAD,
      {},
      { cookie: cookies.advocate },
    );
    expect(before.data?.caseload.totalCount).toBe(0);

    const saved = await api.graphql<{ updateOrganizationSettings: Settings }>(
      UPDATE,
      {
        input: {
          name: '  Valley Parents  ',
          advocatesSeeAllCases: true,
          deadlineReminderDays: 7,
          unduplicatedIncludesStudents: true,
        },
      },
      { cookie: cookies.admin },
    );
    expect(saved.errors).toBeUndefined();
    const expected = {
      name: 'Valley Parents',
      advocatesSeeAllCases: true,
      deadlineReminderDays: 7,
      reportRules: {
        multiSessionCountsOnce: true,
        unduplicatedIncludesStudents: true,
        meetingsCountAsContacts: true,
      },
    };
    expect(saved.data?.updateOrganizationSettings).toEqual(expected);
    expect(await settingsOf(cookies.advocate)).toEqual(expected);
    const after = await api.graphql<{ caseload: { totalCount: number } }>(
      CASELOAD,
      {},
      { cookie: cookies.advocate },
    );
    expect(after.data?.caseload.totalCount).toBe(1);

    const audit = await asSuperuser((c) =>
      c.query<{ organization_id: string; details: Record<string, unknown> }>(
        `SELECT organization_id, details FROM audit_events WHERE action = 'organization.settings_update'`,
      ),
    );
    expect(audit.rows).toMatchObject([
      {
        organization_id: organization.id,
        details: {
          'name.from': 'Valley Parent Center',
          'name.to': 'Valley Parents',
          'advocatesSeeAllCases.from': false,
          'advocatesSeeAllCases.to': true,
          'deadlineReminderDays.from': 3,
          'deadlineReminderDays.to': 7,
          'unduplicatedIncludesStudents.from': false,
          'unduplicatedIncludesStudents.to': true,
        },
      },
    ]);
    // Saving the same values again changes nothing and records nothing.
    await api.graphql(UPDATE, { input: { deadlineReminderDays: 7 } }, { cookie: cookies.admin });
    const again = await asSuperuser((c) =>
      c.query(`SELECT 1 FROM audit_events WHERE action = 'organization.settings_update'`),
    );
    expect(again.rowCount).toBe(1);
    // The other organization is untouched.
    expect((await settingsOf(other.cookies.admin)).name).toBe('Other Center');
    expect((await settingsOf(other.cookies.admin)).deadlineReminderDays).toBe(3);
  });

  it.each([
    [{ deadlineReminderDays: 61 }, 'deadlineReminderDays', 'REMINDER_DAYS_INVALID'],
    [{ deadlineReminderDays: -1 }, 'deadlineReminderDays', 'REMINDER_DAYS_INVALID'],
    [{ name: '   ' }, 'name', 'TEXT_REQUIRED'],
    [{ name: 'x'.repeat(201) }, 'name', 'TEXT_REQUIRED'],
  ])('refuses %j naming %s, and saves nothing', async (input, field, key) => {
    const { cookies } = await organizationWithStaff();
    const result = await api.graphql(
      UPDATE,
      { input: { ...input, advocatesSeeAllCases: true } },
      { cookie: cookies.admin },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', key, field });
    expect((await settingsOf(cookies.admin)).advocatesSeeAllCases).toBe(false);
  });

  it('only org admins change settings and lists; parents and advocates are refused', async () => {
    const { cookies } = await organizationWithStaff();
    for (const cookie of [cookies.advocate, cookies.parent]) {
      const update = await api.graphql(UPDATE, { input: { name: 'Mine' } }, { cookie });
      expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const list = await api.graphql(
        SET_LIST,
        { input: { name: 'outreachKinds', items: [{ en: 'Fair', es: 'Feria' }] } },
        { cookie },
      );
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const reset = await api.graphql(RESET_LIST, { name: 'outreachKinds' }, { cookie });
      expect(reset.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await settingsOf(cookies.admin)).name).toBe('Valley Parent Center');
  });

  it('an edited list keeps the codes records hold, names new items from their words, and the report follows it', async () => {
    const { organization, cookies } = await organizationWithStaff();
    const other = await organizationWithStaff('Other Center');
    const lists = async (cookie: string) =>
      (await api.graphql<{ reportLists: List[] }>(LISTS, {}, { cookie })).data!.reportLists;
    const outreach = (await lists(cookies.admin)).find((l) => l.name === 'outreachKinds')!;
    expect(outreach.customized).toBe(false);
    const [first] = outreach.items;

    const saved = await api.graphql<{ setReportList: List }>(
      SET_LIST,
      {
        input: {
          name: 'outreachKinds',
          items: [
            { code: first!.code, en: ' Newsletters we mail ', es: 'Boletines' },
            { en: 'Radio spot (Spanish)', es: 'Anuncio de radio' },
            { code: 'unknown', en: 'Health fair', es: 'Feria de salud' },
          ],
        },
      },
      { cookie: cookies.admin },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.setReportList).toMatchObject({
      customized: true,
      items: [
        { code: first!.code, label: { en: 'Newsletters we mail', es: 'Boletines' } },
        { code: 'radio_spot_spanish', label: { en: 'Radio spot (Spanish)' } },
        // "unknown" is the report's own row: an item may not take it.
        { code: 'health_fair', label: { en: 'Health fair' } },
      ],
    });
    // The report's outreach rows are the organization's list, in its order.
    const report = await api.graphql<{
      annualReport: { outreach: { code: string; label: { en: string } }[] };
    }>(REPORT, { year: 2026 }, { cookie: cookies.admin });
    expect(report.data?.annualReport.outreach.map((r) => r.label.en)).toEqual([
      'Newsletters we mail',
      'Radio spot (Spanish)',
      'Health fair',
    ]);
    // Another organization keeps the default.
    const theirs = (await lists(other.cookies.admin)).find((l) => l.name === 'outreachKinds')!;
    expect(theirs).toEqual(outreach);

    const reset = await api.graphql<{ resetReportList: List }>(
      RESET_LIST,
      { name: 'outreachKinds' },
      { cookie: cookies.admin },
    );
    expect(reset.data?.resetReportList).toEqual(outreach);
    const audit = await asSuperuser((c) =>
      c.query<{ organization_id: string; details: Record<string, unknown> }>(
        `SELECT organization_id, details FROM audit_events
          WHERE action = 'organization.report_list_set' ORDER BY occurred_at`,
      ),
    );
    expect(audit.rows).toMatchObject([
      {
        organization_id: organization.id,
        details: { list: 'outreachKinds', items: 3, reset: false },
      },
      {
        organization_id: organization.id,
        details: {
          list: 'outreachKinds',
          reset: true,
        },
      },
    ]);
  });

  it.each([
    ['languages', [], 'items', 'REPORT_LIST_EMPTY'],
    ['nope', [{ en: 'A', es: 'A' }], 'name', 'REPORT_LIST_UNKNOWN'],
    ['languages', [{ en: 'Somali', es: '' }], 'items.0.es', 'REPORT_LIST_ITEM_LABEL_REQUIRED'],
    [
      'languages',
      [
        { en: 'Somali', es: 'Somalí' },
        { en: 'somali', es: 'Somalí' },
      ],
      'items.1.en',
      'REPORT_LIST_DUPLICATE',
    ],
    [
      'ageBands',
      [
        { code: '0-5', en: 'Young', es: 'Pequeños' },
        { code: '5-9', en: 'Older', es: 'Mayores' },
      ],
      'items.1.code',
      'REPORT_LIST_AGE_BAND_INVALID',
    ],
    [
      'ageBands',
      [{ code: 'teens', en: 'Teens', es: 'Adolescentes' }],
      'items.0.code',
      'REPORT_LIST_AGE_BAND_INVALID',
    ],
    [
      'contactTopics',
      Array.from({ length: 61 }, (_, i) => ({ en: `T${i}`, es: `T${i}` })),
      'items',
      'LIST_TOO_LONG',
    ],
  ])('a %s list of %j is refused naming %s', async (name, items, field, key) => {
    const { cookies } = await organizationWithStaff();
    const result = await api.graphql(
      SET_LIST,
      { input: { name, items } },
      { cookie: cookies.admin },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', key, field });
    const unchanged = await asSuperuser((c) =>
      c.query<{ settings: Record<string, unknown> }>(`SELECT settings FROM organizations`),
    );
    expect(unchanged.rows.every((r) => r.settings.reportLists === undefined)).toBe(true);
  });
});
