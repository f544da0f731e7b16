import { expect, type Page } from '@playwright/test';
import { demoToday, hydrated } from './support';

export const DEMO_PASSWORD = 'continuum-demo';

/** Demo parents (apps/api/src/seed/demo-seed.ts) the family tests use. */
export const demoParents = {
  // Riverside; family Nguyen, Minh (TX, 504 plan); no case.
  linh: { email: 'linh.nguyen@example.com', name: 'Linh Nguyen' },
  // Riverside; family Carter, Jayden (NC, IEP); no case.
  james: { email: 'james.carter@example.com', name: 'James Carter' },
  // Summit; family O'Brien, Liam (TX, IEP); a case with a state complaint filed.
  kevin: { email: 'kevin.obrien@example.com', name: "Kevin O'Brien" },
};

/** A day `days` before today, YYYY-MM-DD (UTC, as the API counts days). */
export function daysAgo(days: number): string {
  return demoToday(days);
}

/** Switches the portal to Spanish from whatever page is open (a full reload). */
export async function switchToSpanish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await hydrated(page);
}

/** Signs in on the Spanish sign-in page and waits for the home page. */
export async function signInSpanish(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await hydrated(page);
  if ((await page.locator('html').getAttribute('lang')) !== 'es') await switchToSpanish(page);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page.locator('.site-header__user')).toContainText('Sesión iniciada como');
}

/** Presses the wizard's "save and continue" (or "save and review" on the last step). */
export async function saveAndContinue(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^Guardar y (seguir|revisar sus respuestas)$/ });
  await button.click();
}

/**
 * Signs `email` in (in Spanish), starts an intake for their first child and answers every
 * step so the rules find a services problem with a decision made 300 days ago and not given
 * in writing, and a meeting coming (warnings: the state complaint's one-year clock is near; no
 * written notice; the records request is the second option),
 * reviews and sends it. Leaves the parent signed in, on the guidance page, and returns the
 * intake's id: an advocate's test can then triage it.
 */
export async function completeIntakeInSpanish(
  page: Page,
  email: string,
): Promise<{ intakeId: string }> {
  await signInSpanish(page, email);
  await page.goto('/intake');
  await hydrated(page);
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();

  await expect(page.getByText(/^Paso 1 de \d+$/)).toBeVisible();
  await page.getByLabel('¿En qué estado va su hijo a la escuela?').selectOption('TX');
  await saveAndContinue(page);
  await answerFromPlanToEnd(page);
  const match = /\/intake\/([0-9a-f-]{36})\/guidance/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a guidance page: ${page.url()}`);
  return { intakeId: match[1] };
}

/** Steps 2 to 3: the plan and what is going wrong. */
export async function answerPlanAndIssues(page: Page): Promise<void> {
  await expect(page.getByText(/^Paso 2 de \d+$/)).toBeVisible();
  await page.getByRole('radio', { name: 'Sí, un IEP (un plan de educación especial)' }).check();
  await saveAndContinue(page);
  await expect(page.getByText(/^Paso 3 de \d+$/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'La escuela no cumple lo que dice el plan' }).check();
  await saveAndContinue(page);
}

/** Step 4: yes, the school made a decision (which adds a step: one more in all). */
export async function answerDecisionMade(page: Page): Promise<void> {
  await expect(page.getByText(/^Paso 4 de \d+$/)).toBeVisible();
  await page.getByRole('radio', { name: 'Sí' }).check();
  await saveAndContinue(page);
  await expect(page.getByText('Paso 5 de 9', { exact: true })).toBeVisible();
}

/** Step 5: the decision was made 300 days ago and not given in writing. */
export async function answerDecisionDetails(page: Page): Promise<void> {
  await expect(page.getByText('Paso 5 de 9', { exact: true })).toBeVisible();
  await page.getByLabel('¿Cuándo tomó la escuela esa decisión?').fill(daysAgo(300));
  await page.getByRole('radio', { name: 'No' }).check();
  await saveAndContinue(page);
}

/**
 * Steps 6 to 9 (a meeting with the school is coming; open to talking; urgency; summary), the
 * review (`onReview` runs there) and the submit.
 */
export async function answerRestAndSubmit(
  page: Page,
  onReview: () => Promise<void> = async () => {},
): Promise<void> {
  await expect(page.getByText('Paso 6 de 9', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('group', { name: /¿Tiene pronto una reunión con la escuela\?/ }),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Sí' }).check();
  await saveAndContinue(page);
  await expect(page.getByText('Paso 7 de 9', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'Sí' }).check();
  await saveAndContinue(page);
  await expect(page.getByText('Paso 8 de 9', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'Hay que actuar en las próximas semanas' }).check();
  await saveAndContinue(page);
  await expect(page.getByText('Paso 9 de 9', { exact: true })).toBeVisible();
  await page
    .getByLabel('Con sus propias palabras, ¿qué está pasando?')
    .fill('La escuela no da las sesiones de terapia del habla desde septiembre.');
  await saveAndContinue(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Revise sus respuestas' }),
  ).toBeVisible();
  await onReview();
  await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sus opciones' })).toBeVisible();
}

async function answerFromPlanToEnd(page: Page): Promise<void> {
  await answerPlanAndIssues(page);
  await answerDecisionMade(page);
  await answerDecisionDetails(page);
  await answerRestAndSubmit(page);
}
