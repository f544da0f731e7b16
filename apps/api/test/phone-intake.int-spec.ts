import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';
import { TestSmtpServer } from './support/smtp';

/**
 * The front door's staff side (issue 14): a Parent Center takes a phone intake for a new
 * caller (family, child and a draft staff fill in for them, into triage like a parent's own),
 * may invite that parent to the family, and a parent adds another child to their family.
 */

const START = `mutation ($input: StartPhoneIntakeInput!) {
  startPhoneIntake(input: $input) { id familyId studentId status lang answers }
}`;
const SAVE_DRAFT = `mutation ($input: SaveIntakeDraftInput!) { saveIntakeDraft(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!) { submitIntake(intakeId: $id) { id status recommendation } }`;
const FAMILY = `query ($id: ID!) {
  family(familyId: $id) {
    id name primaryLanguage contactPhone contactEmail
    parents { email }
    students { id name state grade school planType }
  }
}`;
const INTAKE = `query ($id: ID!) { intake(intakeId: $id) { id status } }`;
const TRIAGE = `{ intakes(status: SUBMITTED) { id familyId } }`;
const INVITE_PARENT = `mutation ($input: InviteFamilyParentInput!) {
  inviteFamilyParent(input: $input) { id email role status invitedByName }
}`;
const INVITE_MEMBER = `mutation { inviteMember(email: "someone@example.org", role: PARENT) { id } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }`;
const MY_INTAKES = `{ intakes { id familyId status } families { id students { name } } }`;
const CREATE_STUDENT = `mutation ($input: CreateStudentInput!) {
  createStudent(input: $input) { id familyId name state grade school planType }
}`;

type Result = {
  data: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string; key?: string; field?: string } }[];
  headers?: Headers;
};
function ok<T = Record<string, unknown>>(result: Result): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}
function errorOf(result: Result) {
  return result.errors?.[0]?.extensions;
}
function cookieOf(headers: Headers): string {
  return (headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
/** A calendar day n days from today (UTC, as the API counts), YYYY-MM-DD. */
function dayFromToday(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

const CALLER = {
  parentName: 'Ana Torres',
  phone: '(602) 555-0147',
  email: 'ana.torres@example.org',
  primaryLanguage: 'ES',
  childName: 'Mateo',
  state: 'az',
  grade: '3',
  school: 'Roosevelt Elementary',
  planType: 'IEP',
};

interface Intake {
  id: string;
  familyId: string;
  studentId: string;
  status: string;
  lang: string;
  answers: Record<string, unknown>;
}

describe('phone intake for a new caller, and a parent adding a child', () => {
  let api: TestApi;
  let smtp: TestSmtpServer;
  let factories: Factories;
  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    api = await TestApi.start({
      SMTP_URL: smtp.url,
      JOB_POLLING_SECONDS: '1',
      PORTAL_URL: 'http://portal.test',
    });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });
  beforeEach(async () => {
    await resetDatabase();
    smtp.received.length = 0;
  });

  async function organizationWithPeople(name = 'Riverside') {
    const organization = await factories.organization({ name });
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const advocate = await factories.member(organization, 'ADVOCATE', { name: 'Marcus Lee' });
    const otherAdvocate = await factories.member(organization, 'ADVOCATE');
    const parent = await factories.member(organization, 'PARENT');
    const cookie = (m: { email: string; password: string }) => signIn(api, m.email, m.password);
    return {
      organization,
      advocate,
      parent,
      cookies: {
        admin: await cookie(admin),
        advocate: await cookie(advocate),
        otherAdvocate: await cookie(otherAdvocate),
        parent: await cookie(parent),
      },
    };
  }

  const countFamilies = (organizationId: string) =>
    asSuperuser(async (c) => {
      const { rows } = await c.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM families WHERE organization_id = $1',
        [organizationId],
      );
      return rows[0]!.n;
    });

  it('an advocate takes a phone intake for a new Spanish-speaking caller: family with contact, child and a Spanish draft they fill in and submit into triage with its recommendation and warnings; the audit trail names who took it', async () => {
    const { organization, advocate, cookies } = await organizationWithPeople();
    const intake = ok<{ startPhoneIntake: Intake }>(
      await api.graphql(START, { input: CALLER }, { cookie: cookies.advocate }),
    ).startPhoneIntake;
    expect(intake).toMatchObject({
      status: 'DRAFT',
      lang: 'ES',
      answers: { state: 'AZ', plan_type: 'iep' },
    });

    const family = ok<{ family: Record<string, unknown> }>(
      await api.graphql(FAMILY, { id: intake.familyId }, { cookie: cookies.advocate }),
    ).family;
    expect(family).toEqual({
      id: intake.familyId,
      name: 'Ana Torres',
      primaryLanguage: 'ES',
      contactPhone: '(602) 555-0147',
      contactEmail: 'ana.torres@example.org',
      parents: [],
      students: [
        {
          id: intake.studentId,
          name: 'Mateo',
          state: 'AZ',
          grade: '3',
          school: 'Roosevelt Elementary',
          planType: 'IEP',
        },
      ],
    });

    // The advocate fills in the same questionnaire with the caller and submits it for them.
    ok(
      await api.graphql(
        SAVE_DRAFT,
        {
          input: {
            intakeId: intake.id,
            lang: 'ES',
            answers: {
              state: 'AZ',
              plan_type: 'iep',
              issues: ['services_not_provided'],
              has_decision_date: true,
              district_decision_date: dayFromToday(-300),
              written_notice: true,
            },
          },
        },
        { cookie: cookies.advocate },
      ),
    );
    const submitted = ok<{
      submitIntake: {
        status: string;
        recommendation: { pathways: { id: string }[]; warnings: { id: string }[] };
      };
    }>(await api.graphql(SUBMIT, { id: intake.id }, { cookie: cookies.advocate })).submitIntake;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.recommendation.pathways.length).toBeGreaterThan(0);
    expect(submitted.recommendation.warnings.length).toBeGreaterThan(0);

    // In triage: every advocate of the organization sees it.
    const triage = ok<{ intakes: { id: string }[] }>(
      await api.graphql(TRIAGE, {}, { cookie: cookies.otherAdvocate }),
    ).intakes;
    expect(triage.map((i) => i.id)).toContain(intake.id);

    const audit = await asSuperuser((c) =>
      c.query<{ actor_user_id: string; subject_id: string; details: Record<string, unknown> }>(
        `SELECT actor_user_id, subject_id, details FROM audit_events
          WHERE organization_id = $1 AND action = 'intake.phone_start'`,
        [organization.id],
      ),
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({
      actor_user_id: advocate.user.id,
      subject_id: intake.id,
      details: { familyId: intake.familyId, studentId: intake.studentId },
    });
  });

  it("invites the caller with the organization's invitation mail; accepting links the new parent to the family, who then sees the intake staff took", async () => {
    const { cookies } = await organizationWithPeople();
    const intake = ok<{ startPhoneIntake: Intake }>(
      await api.graphql(START, { input: CALLER }, { cookie: cookies.advocate }),
    ).startPhoneIntake;
    const invitation = ok<{ inviteFamilyParent: Record<string, unknown> }>(
      await api.graphql(
        INVITE_PARENT,
        { input: { familyId: intake.familyId, email: 'Ana.Torres@example.org' } },
        { cookie: cookies.advocate },
      ),
    ).inviteFamilyParent;
    expect(invitation).toMatchObject({
      email: 'Ana.Torres@example.org',
      role: 'PARENT',
      status: 'PENDING',
      invitedByName: 'Marcus Lee',
    });

    const mail = await smtp.mailTo('ana.torres@example.org');
    expect(mail.subject).toMatch(/invited to Riverside/);
    const accepted = await api.graphql<{ acceptInvitation: { role: string } }>(ACCEPT, {
      input: {
        token: TestSmtpServer.token(mail),
        name: 'Ana Torres',
        password: 'a long passphrase here',
      },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.role).toBe('PARENT');
    const anaCookie = cookieOf(accepted.headers);

    const mine = ok<{ intakes: { id: string }[]; families: { id: string }[] }>(
      await api.graphql(MY_INTAKES, {}, { cookie: anaCookie }),
    );
    expect(mine.families.map((f) => f.id)).toEqual([intake.familyId]);
    expect(mine.intakes.map((i) => i.id)).toEqual([intake.id]);
    const family = ok<{ family: { parents: { email: string }[] } }>(
      await api.graphql(FAMILY, { id: intake.familyId }, { cookie: cookies.advocate }),
    ).family;
    expect(family.parents).toEqual([{ email: 'Ana.Torres@example.org' }]);
  });

  it('a parent cannot take a phone intake nor invite anyone to a family; an advocate still cannot invite members', async () => {
    const { organization, parent, cookies } = await organizationWithPeople();
    const refused = await api.graphql(START, { input: CALLER }, { cookie: cookies.parent });
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await countFamilies(organization.id)).toBe(0);

    const { family } = await factories.newFamily(organization, { parents: [parent.user] });
    const invite = await api.graphql(
      INVITE_PARENT,
      { input: { familyId: family.id, email: 'co.parent@example.org' } },
      { cookie: cookies.parent },
    );
    expect(errorOf(invite)).toMatchObject({ code: 'FORBIDDEN' });

    const member = await api.graphql(INVITE_MEMBER, {}, { cookie: cookies.advocate });
    expect(errorOf(member)).toMatchObject({ code: 'FORBIDDEN' });
    expect(smtp.received).toHaveLength(0);
  });

  it("cross-organization: staff of another organization neither see a phone intake's family and intake, nor invite to it, nor add a child to it", async () => {
    const riverside = await organizationWithPeople('Riverside');
    const summit = await organizationWithPeople('Summit');
    const intake = ok<{ startPhoneIntake: Intake }>(
      await api.graphql(START, { input: CALLER }, { cookie: riverside.cookies.advocate }),
    ).startPhoneIntake;

    for (const cookie of [summit.cookies.advocate, summit.cookies.admin]) {
      expect(errorOf(await api.graphql(FAMILY, { id: intake.familyId }, { cookie }))).toMatchObject(
        { code: 'NOT_FOUND' },
      );
      expect(errorOf(await api.graphql(INTAKE, { id: intake.id }, { cookie }))).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(
        errorOf(
          await api.graphql(
            INVITE_PARENT,
            { input: { familyId: intake.familyId, email: 'x@example.org' } },
            { cookie },
          ),
        ),
      ).toMatchObject({ code: 'NOT_FOUND' });
      expect(
        errorOf(
          await api.graphql(
            CREATE_STUDENT,
            { input: { familyId: intake.familyId, name: 'Eve', state: 'AZ', planType: 'NONE' } },
            { cookie },
          ),
        ),
      ).toMatchObject({ code: 'NOT_FOUND' });
      const triage = ok<{ intakes: { id: string }[] }>(
        await api.graphql(MY_INTAKES, {}, { cookie }),
      );
      expect(triage.intakes.map((i) => i.id)).not.toContain(intake.id);
    }
    // Summit's own phone intake lands in Summit, not Riverside.
    const own = ok<{ startPhoneIntake: Intake }>(
      await api.graphql(START, { input: CALLER }, { cookie: summit.cookies.admin }),
    ).startPhoneIntake;
    expect(await countFamilies(summit.organization.id)).toBe(1);
    expect(await countFamilies(riverside.organization.id)).toBe(1);
    expect(
      errorOf(await api.graphql(INTAKE, { id: own.id }, { cookie: riverside.cookies.advocate })),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['parentName', { parentName: '  ' }, 'NAME_INVALID'],
    ['phone', { phone: 'call me' }, 'PHONE_INVALID'],
    ['phone', { phone: '555-01' }, 'PHONE_INVALID'],
    ['email', { email: 'ana@' }, 'EMAIL_INVALID'],
    ['childName', { childName: '' }, 'NAME_INVALID'],
    ['state', { state: 'ZZ' }, 'STATE_CODE_INVALID'],
    ['grade', { grade: 'x'.repeat(21) }, 'TEXT_TOO_LONG'],
    ['school', { school: 'x'.repeat(201) }, 'TEXT_TOO_LONG'],
  ])(
    'a phone intake with a wrong %s is refused naming that field, and nothing is created',
    async (field, change, key) => {
      const { organization, cookies } = await organizationWithPeople();
      const result = await api.graphql(
        START,
        { input: { ...CALLER, ...change } },
        { cookie: cookies.advocate },
      );
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', key, field });
      expect(await countFamilies(organization.id)).toBe(0);
    },
  );

  it('a parent adds another child to their own family and starts an intake for them; not to another family; a wrong field is named', async () => {
    const { organization, parent, cookies } = await organizationWithPeople();
    const { family, student } = await factories.newFamily(organization, { parents: [parent.user] });
    const other = await factories.newFamily(organization, { name: 'Nguyen' });

    const added = ok<{ createStudent: Record<string, unknown> & { id: string } }>(
      await api.graphql(
        CREATE_STUDENT,
        {
          input: {
            familyId: family.id,
            name: 'Lucia Rivera',
            state: 'CA',
            planType: 'NONE',
            grade: 'K',
            school: 'Lincoln Elementary',
          },
        },
        { cookie: cookies.parent },
      ),
    ).createStudent;
    expect(added).toMatchObject({ familyId: family.id, name: 'Lucia Rivera', grade: 'K' });
    const mine = ok<{ families: { students: { name: string }[] }[] }>(
      await api.graphql(MY_INTAKES, {}, { cookie: cookies.parent }),
    ).families;
    expect(mine[0]!.students.map((s) => s.name).sort()).toEqual(
      ['Lucia Rivera', student.name].sort(),
    );

    const draft = ok<{ saveIntakeDraft: { id: string } }>(
      await api.graphql(
        SAVE_DRAFT,
        {
          input: { familyId: family.id, studentId: added.id, lang: 'EN', answers: { state: 'CA' } },
        },
        { cookie: cookies.parent },
      ),
    ).saveIntakeDraft;
    expect(draft.id).toBeTruthy();

    const elsewhere = await api.graphql(
      CREATE_STUDENT,
      { input: { familyId: other.family.id, name: 'Stranger', state: 'CA', planType: 'NONE' } },
      { cookie: cookies.parent },
    );
    expect(errorOf(elsewhere)).toMatchObject({ code: 'NOT_FOUND' });

    const nameless = await api.graphql(
      CREATE_STUDENT,
      { input: { familyId: family.id, name: ' ', state: 'CA', planType: 'NONE' } },
      { cookie: cookies.parent },
    );
    expect(errorOf(nameless)).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'NAME_INVALID',
      field: 'name',
    });
    const stateless = await api.graphql(
      CREATE_STUDENT,
      { input: { familyId: family.id, name: 'Ana', state: 'XX', planType: 'NONE' } },
      { cookie: cookies.parent },
    );
    expect(errorOf(stateless)).toMatchObject({ key: 'STATE_CODE_INVALID', field: 'state' });
    const students = await asSuperuser((c) =>
      c.query('SELECT 1 FROM students WHERE family_id = $1', [family.id]),
    );
    expect(students.rowCount).toBe(2);
  });
});
