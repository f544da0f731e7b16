import { expect, type Page, test } from '@playwright/test';
import { checkPage } from './support';

/**
 * The public assessment, signed out: its answers travel in the address, and the result's
 * dates are counted by @continuum/rules from "today" in UTC (lib/server/public/guide.ts).
 */

/** Today in UTC, `days` back, as the result page counts it. */
function utcDay(daysBack: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() - daysBack);
  return date.toISOString().slice(0, 10);
}

/** A day plus whole years, as the rules add them (the same day and month). */
function plusYears(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}

function longDate(day: string, locale: 'en' | 'es'): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * 300 days ago, so the one-year state complaint limit (34 CFR 300.153(c)) is near and warns.
 * Never a February 29, which has no twin a year later.
 */
const DECISION = utcDay(300).endsWith('-02-29') ? utcDay(301) : utcDay(300);
const FIRST_GUESS = utcDay(100);

const WORDS = {
  en: {
    start: '/guide',
    title: 'Find your options',
    state: 'In which state does your child go to school?',
    iep: 'Yes, an IEP (a special education plan)',
    issue: 'The school is not doing what the plan says',
    yes: 'Yes',
    no: 'No',
    date: 'When did the school make that decision?',
    next: 'Next',
    back: 'Back',
    result: 'See my options',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    resultTitle: 'Your options',
    warnings: 'Act on these first',
    options: 'Your options, best first',
    deadline: 'Deadline:',
    required: 'Answer this question to go on: In which state does your child go to school?',
    problem: 'There is a problem',
  },
  es: {
    start: '/es/guide',
    title: 'Vea sus opciones',
    state: '¿En qué estado va su hijo a la escuela?',
    iep: 'Sí, un IEP (un plan de educación especial)',
    issue: 'La escuela no cumple lo que dice el plan',
    yes: 'Sí',
    no: 'No',
    date: '¿Cuándo tomó la escuela esa decisión?',
    next: 'Seguir',
    back: 'Atrás',
    result: 'Ver mis opciones',
    stepOf: (n: number, total: number) => `Paso ${n} de ${total}`,
    resultTitle: 'Sus opciones',
    warnings: 'Atienda esto primero',
    options: 'Sus opciones, primero las mejores',
    deadline: 'Fecha límite:',
    required: 'Conteste esta pregunta para seguir: ¿En qué estado va su hijo a la escuela?',
    problem: 'Hay un problema',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

async function next(page: Page, words: Words, step: number, total: number): Promise<void> {
  await page.getByRole('button', { name: words.next }).click();
  await expect(page.getByText(words.stepOf(step, total), { exact: true })).toBeVisible();
}

/**
 * An Arizona IEP case with a decision date and no written notice. The decision date is first
 * a guess, then corrected after going back one step.
 */
async function answerArizona(page: Page, words: Words, check: boolean): Promise<void> {
  await page.goto(words.start);
  await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
  await expect(page.getByText(words.stepOf(1, 7), { exact: true })).toBeVisible();
  if (check) await checkPage(page, `guide-step-1-${words.start === '/guide' ? 'en' : 'es'}`);
  await page.getByLabel(words.state).selectOption('AZ');
  await next(page, words, 2, 7);
  await page.getByRole('radio', { name: words.iep }).check();
  await next(page, words, 3, 7);
  await page.getByRole('checkbox', { name: words.issue }).check();
  await next(page, words, 4, 7);
  await page.getByRole('radio', { name: words.yes, exact: true }).check();
  // "Yes" shows the date and written notice questions: two steps more.
  await next(page, words, 5, 8);
  await page.getByLabel(words.date).fill(FIRST_GUESS);
  await page.getByRole('radio', { name: words.no, exact: true }).check();
  await next(page, words, 6, 8);

  // Back one step: the answers come back, and one changes.
  await page.getByRole('link', { name: words.back }).click();
  await expect(page.getByText(words.stepOf(5, 8), { exact: true })).toBeVisible();
  await expect(page.getByLabel(words.date)).toHaveValue(FIRST_GUESS);
  await expect(page.getByRole('radio', { name: words.no, exact: true })).toBeChecked();
  await page.getByLabel(words.date).fill(DECISION);
  await next(page, words, 6, 8);
  // The rest is optional: a meeting coming up, open to talk, how urgent.
  await next(page, words, 7, 8);
  await next(page, words, 8, 8);
  await page.getByRole('button', { name: words.result }).click();
  await expect(page.getByRole('heading', { level: 1, name: words.resultTitle })).toBeVisible();
}

async function expectResult(page: Page, words: Words, locale: 'en' | 'es'): Promise<void> {
  await expect(page).toHaveURL(/\/guide\/result\?/);
  expect(new URL(page.url()).searchParams.get('district_decision_date')).toBe(DECISION);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');

  // Warnings come before the options.
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  const warnings = headings.indexOf(words.warnings);
  expect(warnings).toBeGreaterThanOrEqual(0);
  expect(warnings).toBeLessThan(headings.indexOf(words.options));

  // Words of the glossary in "what to do first" and "what to gather" link to their entries.
  const terms = page.locator(
    'section[aria-labelledby="first-heading"] a.term, section[aria-labelledby="gather-heading"] a.term',
  );
  await expect(terms.first()).toHaveAttribute(
    'href',
    new RegExp(`^${locale === 'es' ? '/es' : ''}/glossary#[a-z0-9-]+$`),
  );

  // Every filing limit as a date with its rule, counted from the corrected decision date.
  const stateComplaint = page.getByTestId('deadline-state_complaint');
  await expect(stateComplaint).toContainText(
    `${words.deadline} ${longDate(plusYears(DECISION, 1), locale)}`,
  );
  await expect(stateComplaint).toContainText('34 CFR 300.153(c)');
  const dueProcess = page.getByTestId('deadline-due_process');
  await expect(dueProcess).toContainText(
    `${words.deadline} ${longDate(plusYears(DECISION, 2), locale)}`,
  );
  await expect(dueProcess).toContainText('34 CFR 300.507(a)(2)');
  // The state complaint year ends within 90 days: a warning, with its date, first.
  await expect(page.locator('.warning').filter({ hasText: '34 CFR 300.153(c)' })).toContainText(
    longDate(plusYears(DECISION, 1), locale),
  );
  // No written notice: asking for it is the first option.
  await expect(page.locator('.warning').filter({ hasText: '34 CFR 300.503(a)' })).toHaveCount(1);
}

test('signed out, a parent in Arizona answers every step, goes back to change one, and reads dated options', async ({
  page,
}) => {
  await answerArizona(page, WORDS.en, true);
  await expectResult(page, WORDS.en, 'en');
  // The starter kit, the Parent Center and "save" carry the answers, at English addresses.
  await expect(page.getByRole('link', { name: 'Find your Parent Center' })).toHaveAttribute(
    'href',
    '/parent-centers?state=AZ',
  );
  const save = await page
    .getByRole('link', { name: 'Save my answers and get help' })
    .getAttribute('href');
  expect(save).toMatch(/^\/get-help\?state=AZ&plan_type=iep&issues=services_not_provided/);
  const kit = page.locator('form[action="/guide/starter-kit"]');
  await expect(kit.locator('input[type="hidden"][name="district_decision_date"]')).toHaveValue(
    DECISION,
  );
  await expect(kit.getByRole('button', { name: 'Get a PDF' })).toHaveAttribute('value', 'pdf');
  await expect(page.getByRole('link', { name: 'If you disagree with the IEP' })).toHaveAttribute(
    'href',
    '/guides/disagree-with-iep',
  );
  // Plain forms and links: the page ships no script at all.
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
  await checkPage(page, 'guide-result-en');

  // On paper: warnings, options and dates; no header, navigation or forms.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(kit).toBeHidden();
  await expect(page.getByRole('heading', { name: WORDS.en.warnings })).toBeVisible();
  await expect(page.getByRole('heading', { name: WORDS.en.options })).toBeVisible();
  await expect(page.getByTestId('deadline-due_process')).toBeVisible();
});

test('in Spanish at /es/guide, the same path reads and counts in Spanish', async ({ page }) => {
  await answerArizona(page, WORDS.es, true);
  await expectResult(page, WORDS.es, 'es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('link', { name: 'Busque su Centro de Padres' })).toHaveAttribute(
    'href',
    '/es/parent-centers?state=AZ',
  );
  await checkPage(page, 'guide-result-es');
});

test('a required answer left blank shows the error naming the question', async ({ page }) => {
  await page.goto('/guide');
  await page.getByRole('button', { name: 'Next' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: WORDS.en.required })).toBeVisible();
  await expect(page.getByText('Step 1 of 7', { exact: true })).toBeVisible();
  await checkPage(page, 'guide-step-error');

  // A result address with a wrong answer goes back to that step, with its error.
  await page.goto(
    '/guide/result?state=AZ&plan_type=iep&issues=services_not_provided&has_decision_date=yes&district_decision_date=2999-01-01&written_notice=no',
  );
  await expect(page.getByText('Step 5 of 8', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'When did the school make that decision? This date cannot be in the future.',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole path works with plain forms and links', async ({ page }) => {
    await answerArizona(page, WORDS.en, false);
    await expectResult(page, WORDS.en, 'en');
  });

  test('in Spanish, a blank answer names the question', async ({ page }) => {
    await page.goto('/es/guide');
    await page.getByRole('button', { name: 'Seguir' }).click();
    await expect(page.getByRole('alert')).toContainText(WORDS.es.problem);
    await expect(page.getByRole('alert')).toContainText(WORDS.es.required);
  });
});
