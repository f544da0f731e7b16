import { expect, type Locator, type Page } from '@playwright/test';
import { demoToday, hydrated, open, signIn } from './support';
import { graphql } from './support-advocate';

/** Riverside's seeded case: Sofía González, assigned to Marcus Lee. */
export const seededCaseId = '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000301';

/** A calendar day `days` after `day` (negative: before), as YYYY-MM-DD in UTC. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week (Monday to Sunday, the ledger's weeks) that contains today. */
export function mondayThisWeek(today: string = demoToday()): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, -((weekday + 6) % 7));
}

/** Signs in on the sign-in page and comes back to `path`. */
export async function signInTo(page: Page, path: string, email: string): Promise<void> {
  await open(page, `/sign-in?redirectTo=${encodeURIComponent(path)}`);
  await signIn(page, email, 'continuum-demo');
  await expect(page).toHaveURL(path);
  await hydrated(page);
}

/** A figure in minutes as the page writes it ("1,500 min (25 h)"), read back as a number. */
export async function minutesIn(scope: Page | Locator, testId: string): Promise<number> {
  const text = (await scope.getByTestId(testId).innerText()).trim();
  const match = /^([\d,]+) min/.exec(text);
  expect(match, `${testId} reads as minutes: "${text}"`).not.toBeNull();
  return Number(match![1]!.replace(/,/g, ''));
}

/**
 * A case of its own for a new student in `district` (CA), opened by the signed-in advocate as
 * the portal would: family, student, a submitted intake, the case. A district calendar saved
 * for it then touches no other test's case.
 */
export async function newCaseInDistrict(
  page: Page,
  district: string,
): Promise<{ caseId: string; studentName: string }> {
  const api = page.context().request;
  const studentName = 'Ana Reyes';
  const { createFamily } = await graphql<{ createFamily: { id: string } }>(
    api,
    'mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id } }',
    { input: { name: 'Reyes', primaryLanguage: 'ES' } },
  );
  const { createStudent } = await graphql<{ createStudent: { id: string } }>(
    api,
    'mutation ($input: CreateStudentInput!) { createStudent(input: $input) { id } }',
    {
      input: {
        familyId: createFamily.id,
        name: studentName,
        state: 'CA',
        district,
        planType: 'IEP',
      },
    },
  );
  const { saveIntakeDraft } = await graphql<{ saveIntakeDraft: { id: string } }>(
    api,
    'mutation ($input: SaveIntakeDraftInput!) { saveIntakeDraft(input: $input) { id } }',
    {
      input: {
        familyId: createFamily.id,
        studentId: createStudent.id,
        lang: 'EN',
        answers: {
          state: 'CA',
          plan_type: 'iep',
          issues: ['services_not_provided'],
          has_decision_date: false,
          summary: `Speech sessions not delivered (${district})`,
        },
      },
    },
  );
  await graphql(api, 'mutation ($id: ID!) { submitIntake(intakeId: $id) { status } }', {
    id: saveIntakeDraft.id,
  });
  const { createCaseFromIntake } = await graphql<{ createCaseFromIntake: { id: string } }>(
    api,
    'mutation ($input: CreateCaseFromIntakeInput!) { createCaseFromIntake(input: $input) { id } }',
    { input: { intakeId: saveIntakeDraft.id, studentId: createStudent.id } },
  );
  return { caseId: createCaseFromIntake.id, studentName };
}

/** Saves a school year for a district (CA) with the weekdays given off, as an advocate may. */
export async function saveDistrictCalendar(
  page: Page,
  district: string,
  calendar: { firstDay: string; lastDay: string; nonSchoolDays: string[] },
): Promise<void> {
  await graphql(
    page.context().request,
    'mutation ($input: SaveDistrictCalendarInput!) { saveDistrictCalendar(input: $input) { id } }',
    { input: { state: 'CA', district, ...calendar } },
  );
}
