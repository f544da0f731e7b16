import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { checkPage, deliveredMail, open, signIn } from './support';
import { PASSWORD } from './support-account';
import { pdfText } from './support-letters';

/**
 * Issue 14's whole front door, as a parent finds it: signed out, in Spanish, from the home page
 * through the assessment, the starter kit and the Parent Center, to saving the answers, the
 * confirmation mail (read from the run's SMTP server) and the intake at the top of Riverside's
 * triage. It runs on the portal whose API sends its mail over SMTP (playwright.config.ts).
 */
test.use({ baseURL: process.env.CONTINUUM_E2E_SMTP_PORTAL_URL });
test.setTimeout(120_000);

function utcDay(daysBack: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() - daysBack);
  return date.toISOString().slice(0, 10);
}

/** 300 days ago (never a February 29): the one-year state complaint limit is near and warns. */
const DECISION = utcDay(300).endsWith('-02-29') ? utcDay(301) : utcDay(300);

/** Arizona has no limit of its own: the federal two years (34 CFR 300.511(e)). */
const DUE_PROCESS_LAST_DAY = new Intl.DateTimeFormat('es-US', {
  dateStyle: 'long',
  timeZone: 'UTC',
}).format(new Date(`${Number(DECISION.slice(0, 4)) + 2}${DECISION.slice(4)}T00:00:00Z`));

test('a parent in Arizona, in Spanish: assessment, dated options, starter kit, Parent Center, save, confirm, triage', async ({
  page,
}) => {
  // The home page starts the questions.
  await open(page, '/es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('link', { name: 'Empezar las preguntas' }).click();
  await expect(page).toHaveURL('/es/guide');

  // One question per screen.
  const next = async (step: number) => {
    await page.getByRole('button', { name: 'Seguir' }).click();
    await expect(page.getByText(new RegExp(`^Paso ${step} de \\d+$`))).toBeVisible();
  };
  await page.getByLabel('¿En qué estado va su hijo a la escuela?').selectOption('AZ');
  await next(2);
  await page.getByRole('radio', { name: 'Sí, un IEP (un plan de educación especial)' }).check();
  await next(3);
  await page.getByRole('checkbox', { name: 'La escuela no cumple lo que dice el plan' }).check();
  await next(4);
  await page.getByRole('radio', { name: 'Sí', exact: true }).check();
  await next(5);
  await page.getByLabel('¿Cuándo tomó la escuela esa decisión?').fill(DECISION);
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await next(6);
  await next(7);
  await next(8);
  await page.getByRole('button', { name: 'Ver mis opciones' }).click();

  // Ranked options with dates, warnings first.
  await expect(page.getByRole('heading', { level: 1, name: 'Sus opciones' })).toBeVisible();
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Atienda esto primero')).toBeGreaterThanOrEqual(0);
  expect(headings.indexOf('Atienda esto primero')).toBeLessThan(
    headings.indexOf('Sus opciones, primero las mejores'),
  );
  await expect(page.getByTestId('deadline-due_process')).toContainText(
    `Fecha límite: ${DUE_PROCESS_LAST_DAY}`,
  );
  await checkPage(page, 'front-door-result');
  const result = page.url();

  // The starter kit, as a PDF: the child's name and the right deadline, read back.
  await page.getByLabel('El primer nombre de su hijo').fill('Sofía');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Bajar un PDF' }).click(),
  ]);
  const text = await pdfText(await readFile(await download.path()));
  expect(text).toContain('Su kit de inicio para Sofía');
  expect(text).toContain(`${DUE_PROCESS_LAST_DAY}: El último día para pedir una audiencia`);

  // The Parent Center: Riverside, which serves Arizona on Continuum, first.
  await page.getByRole('link', { name: 'Busque su Centro de Padres' }).click();
  await expect(page).toHaveURL('/es/parent-centers?state=AZ');
  await expect(
    page.getByTestId('continuum-organizations').getByRole('heading', { level: 4 }),
  ).toHaveText(['Riverside Parent Center']);

  // Save: an account, confirmed by the mailed link.
  await page.goto(result);
  await page.getByRole('link', { name: 'Guardar mis respuestas y pedir ayuda' }).click();
  await expect(page).toHaveURL(/\/es\/get-help\?/);
  await expect(page.getByRole('radio', { name: 'Riverside Parent Center' })).toBeChecked();
  const email = `front-door-${Date.now()}@example.net`;
  await page.getByLabel('Su nombre').fill('Ana Morales');
  await page.getByLabel('Su correo').fill(email);
  await page.getByLabel('Elija una contraseña').fill('una frase bastante larga');
  await page.getByLabel('El nombre de su hijo').fill('Sofía');
  await page.getByRole('button', { name: 'Mandar mis respuestas' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mire su correo');

  const mail = await deliveredMail(email, /Confirme su correo/);
  const link = /https?:\/\/\S+\/sign-up\/confirm\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  expect(link, 'a confirmation link in the mail').toBeTruthy();
  await page.goto(link!);
  await page.getByRole('button', { name: 'Confirmar y mandar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qué pasa ahora');
  await expect(
    page.getByText('Sus respuestas ya las tiene Riverside Parent Center.'),
  ).toBeVisible();

  // Riverside's advocate finds it at the top of triage.
  await page.context().clearCookies();
  await open(page, '/sign-in');
  await signIn(page, 'marcus.lee@riverside.example', PASSWORD);
  await expect(page).not.toHaveURL(/sign-in/);
  await open(page, '/intakes');
  await expect(page.getByRole('row').nth(1)).toContainText('Ana Morales');
});
