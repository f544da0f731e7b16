import { expect, type Locator, type Page } from '@playwright/test';
import { demoToday, hydrated, open, signIn } from './support';

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
