import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { expectNoInternalCodes } from './support-words';

export const demoAdmin = {
  email: 'admin@riverside.example',
  password: 'continuum-demo',
  name: 'Rosa Alvarez',
  organization: 'Riverside Parent Center',
};

/**
 * The demo's "today" is Riverside's, in Los Angeles (the API counts days in each
 * organization's zone; Summit is in New York, where it is never an earlier day).
 */
export const DEMO_TIME_ZONE = 'America/Los_Angeles';

/** Today (YYYY-MM-DD) in Riverside's zone, `days` back when given. */
export function demoToday(daysBack = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: DEMO_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - daysBack);
  return date.toISOString().slice(0, 10);
}

const WIDTHS = { desktop: { width: 1280, height: 800 }, mobile: { width: 360, height: 780 } };

/**
 * Checks the page with axe-core (WCAG 2.2 A and AA, and best practices), checks its text
 * shows no internal code (support-words.ts), and saves a full-page screenshot at desktop and
 * 360 px width under test-results/screenshots.
 */
export async function checkPage(
  page: Page,
  name: string,
  options: { screenshots?: boolean } = {},
): Promise<void> {
  await expectNoInternalCodes(page, name);
  for (const [label, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const violations = results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
    expect(violations, `axe-core violations on ${name} at ${label} width`).toEqual([]);
    if (options.screenshots === false) continue;
    await page.screenshot({
      path: `test-results/screenshots/${name}-${label}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize(WIDTHS.desktop);
}

/**
 * Waits until the app has hydrated, so enhanced forms and buttons behave as with JavaScript.
 * A public page that ships no JavaScript (`csr = false`, no script at all) is as live as it
 * will be once its document is parsed.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.hydrated === 'true' ||
      (document.readyState !== 'loading' && document.querySelector('script') === null),
  );
}

/** Opens a page and waits for it to hydrate. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrated(page);
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export interface DeliveredMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * The newest mail to `to` whose subject matches, as the run's SMTP server received it
 * (e2e/smtp-sink.mjs): the API has sent it over SMTP, as it would to a parent's mailbox.
 * Waits for it (the API's mail job delivers within seconds).
 */
export async function deliveredMail(to: string, subject: RegExp): Promise<DeliveredMail> {
  const reader = process.env.CONTINUUM_E2E_MAIL_READER!;
  let found: DeliveredMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${reader}/mails?to=${encodeURIComponent(to)}`);
        const mails = (await response.json()) as DeliveredMail[];
        found = mails.filter((mail) => subject.test(mail.subject)).at(-1);
        return found !== undefined;
      },
      { message: `a mail to ${to} with subject ${String(subject)}`, timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}
