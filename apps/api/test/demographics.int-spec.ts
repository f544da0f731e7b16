import { Factories } from './support/factories';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';

/**
 * Demographics asked at intake with "prefer not to say" (issue 15): the child's age, disability
 * categories and race/ethnicity, the parents' primary language; checked against the
 * organization's lists, editable by staff, and counted by the annual report's Section III.
 */

const START = `mutation ($input: StartPhoneIntakeInput!) {
  startPhoneIntake(input: $input) { id familyId studentId }
}`;
const FAMILY = `query ($id: ID!) {
  family(familyId: $id) {
    parentLanguage
    students { id dateOfBirth dateOfBirthDeclined disabilityCategories raceCategories ethnicity }
  }
}`;
const UPDATE_STUDENT = `mutation ($input: UpdateStudentInput!) {
  updateStudent(input: $input) { dateOfBirth dateOfBirthDeclined disabilityCategories raceCategories }
}`;
const UPDATE_FAMILY = `mutation ($input: UpdateFamilyInput!) { updateFamily(input: $input) { parentLanguage } }`;
const SET_LIST = `mutation ($input: SetReportListInput!) { setReportList(input: $input) { name } }`;
const CREATE_PERSON = `mutation ($input: NewPersonInput!) { createPerson(input: $input) { id } }`;
const LOG_CONTACT = `mutation ($input: LogContactInput!) { logContact(input: $input) { id } }`;
const REPORT = `query ($year: Int!) { annualReport(year: $year, live: true) {
  demographics { list rows { code value } }
} }`;

type Result = {
  data: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: string; key?: string; field?: string } }[];
};
function ok<T>(result: Result): T {
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

const CALL = {
  parentName: 'Amina Warsame',
  phone: '(555) 010-4242',
  primaryLanguage: 'EN',
  childName: 'Hodan',
  state: 'CA',
};

interface Student {
  id: string;
  dateOfBirth: string | null;
  dateOfBirthDeclined: boolean;
  disabilityCategories: string[];
  raceCategories: string[] | null;
  ethnicity: string | null;
}

describe('demographics at intake, with "prefer not to say"', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  async function staff() {
    const organization = await factories.organization({ name: 'Valley Parent Center' });
    const admin = await factories.member(organization, 'ORG_ADMIN');
    const advocate = await factories.member(organization, 'ADVOCATE');
    return {
      organization,
      admin: await signIn(api, admin.email, admin.password),
      advocate: await signIn(api, advocate.email, advocate.password),
    };
  }

  const familyOf = async (cookie: string, id: string) =>
    ok<{ family: { parentLanguage: string | null; students: Student[] } }>(
      await api.graphql(FAMILY, { id }, { cookie }),
    ).family;

  it('a phone intake records the answers; the report counts them, "prefer not to say" on its own row', async () => {
    const { admin, advocate } = await staff();
    // The organization serves Somali-speaking families: it adds the language to its list.
    ok(
      await api.graphql(
        SET_LIST,
        {
          input: {
            name: 'languages',
            items: [
              { code: 'en', en: 'English', es: 'Inglés' },
              { code: 'es', en: 'Spanish', es: 'Español' },
              { en: 'Somali', es: 'Somalí' },
            ],
          },
        },
        { cookie: admin },
      ),
    );
    const started = ok<{ startPhoneIntake: { familyId: string; studentId: string } }>(
      await api.graphql(
        START,
        {
          input: {
            ...CALL,
            parentLanguage: 'somali',
            dateOfBirthDeclined: true,
            disabilityCategories: ['autism', 'speech_language_impairment'],
            raceCategories: ['declined'],
          },
        },
        { cookie: advocate },
      ),
    ).startPhoneIntake;
    const family = await familyOf(advocate, started.familyId);
    expect(family.parentLanguage).toBe('somali');
    expect(family.students).toEqual([
      {
        id: started.studentId,
        dateOfBirth: null,
        dateOfBirthDeclined: true,
        disabilityCategories: ['autism', 'speech_language_impairment'],
        raceCategories: ['declined'],
        ethnicity: null,
      },
    ]);

    // Served this program year: a call with the parent, on record as the family's parent.
    const person = ok<{ createPerson: { id: string } }>(
      await api.graphql(
        CREATE_PERSON,
        { input: { name: CALL.parentName, role: 'parent', familyId: started.familyId } },
        { cookie: advocate },
      ),
    ).createPerson;
    ok(
      await api.graphql(
        LOG_CONTACT,
        { input: { personId: person.id, mode: 'phone', topics: ['iep'] } },
        { cookie: advocate },
      ),
    );
    const { programYear } = await asSuperuser(async (c) => {
      const today = (await c.query<{ d: string }>(`SELECT to_char(now(), 'YYYY-MM-DD') AS d`))
        .rows[0]!.d;
      const [y, mo] = today.split('-').map(Number) as [number, number];
      return { programYear: mo >= 10 ? y + 1 : y };
    });
    const report = ok<{
      annualReport: { demographics: { list: string; rows: { code: string; value: number }[] }[] };
    }>(await api.graphql(REPORT, { year: programYear }, { cookie: admin })).annualReport;
    const counted = (list: string) =>
      Object.fromEntries(
        report.demographics
          .find((t) => t.list === list)!
          .rows.filter((r) => r.value > 0)
          .map((r) => [r.code, r.value]),
      );
    expect(counted('ageBands')).toEqual({ declined: 1 });
    expect(counted('raceEthnicity')).toEqual({ declined: 1 });
    expect(counted('disabilityCategories')).toEqual({ autism: 1, speech_language_impairment: 1 });
    expect(counted('languages')).toEqual({ somali: 1 });

    // Staff edit the answers later: an age given replaces "prefer not to say".
    const updated = ok<{ updateStudent: Student }>(
      await api.graphql(
        UPDATE_STUDENT,
        {
          input: {
            studentId: started.studentId,
            dateOfBirth: '2016-05-01',
            raceCategories: ['black_african_american'],
          },
        },
        { cookie: advocate },
      ),
    ).updateStudent;
    expect(updated).toMatchObject({
      dateOfBirth: '2016-05-01',
      dateOfBirthDeclined: false,
      raceCategories: ['black_african_american'],
    });
    const declined = ok<{ updateStudent: Student }>(
      await api.graphql(
        UPDATE_STUDENT,
        { input: { studentId: started.studentId, dateOfBirthDeclined: true } },
        { cookie: advocate },
      ),
    ).updateStudent;
    expect(declined).toMatchObject({ dateOfBirth: null, dateOfBirthDeclined: true });
    const language = ok<{ updateFamily: { parentLanguage: string } }>(
      await api.graphql(
        UPDATE_FAMILY,
        { input: { familyId: started.familyId, parentLanguage: 'declined' } },
        { cookie: advocate },
      ),
    ).updateFamily;
    expect(language.parentLanguage).toBe('declined');
  });

  it.each([
    [{ disabilityCategories: ['made_up'] }, 'disabilityCategories', 'CHOICE_INVALID'],
    [
      { disabilityCategories: ['autism', 'declined'] },
      'disabilityCategories',
      'DEMOGRAPHIC_DECLINED_ALONE',
    ],
    [{ raceCategories: ['martian'] }, 'raceCategories', 'CHOICE_INVALID'],
    [{ parentLanguage: 'klingon' }, 'parentLanguage', 'CHOICE_INVALID'],
  ])('refuses %j naming %s, and nothing is created', async (answers, field, key) => {
    const { advocate } = await staff();
    const result = await api.graphql(
      START,
      { input: { ...CALL, ...answers } },
      { cookie: advocate },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', key, field });
    const families = await asSuperuser((c) => c.query(`SELECT 1 FROM families`));
    expect(families.rowCount).toBe(0);
  });

  it("another organization's list does not open a code to this one", async () => {
    const { advocate } = await staff();
    const other = await staff();
    ok(
      await api.graphql(
        SET_LIST,
        { input: { name: 'languages', items: [{ en: 'Somali', es: 'Somalí' }] } },
        { cookie: other.admin },
      ),
    );
    const result = await api.graphql(
      START,
      { input: { ...CALL, parentLanguage: 'somali' } },
      { cookie: advocate },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      key: 'CHOICE_INVALID',
      field: 'parentLanguage',
    });
  });
});
