import { expect, test } from '@playwright/test';
import { checkPage, hydrated } from './support';
import { DEMO_PASSWORD, signInSpanish } from './support-family';
import { expectNoEnglish, expectNoInternalCodes, fillMariasCase } from './support-words';

/**
 * Issue #12, words a person can read. The demo's Spanish-speaking parent is María González
 * (apps/api/src/seed/demo-seed.ts: her Riverside family's language is Spanish, and Sofía's
 * case there has a due process proceeding with its deadlines and timeline).
 */
const maria = { email: 'maria.gonzalez@example.com', name: 'María González' };

/** Names on María's pages, which stay as they are in every language. */
const PROPER_NAMES = [
  'María González',
  'Sofía González',
  'Marcus Lee',
  'Riverside Parent Center',
  'Summit Advocacy',
  'Garfield Elementary',
  'Oakland Unified',
  'Continuum',
];

test('a Spanish parent reads My case and its timeline with no English word and no code', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await fillMariasCase(baseURL!);
  await signInSpanish(page, maria.email);
  await page.getByRole('link', { name: 'Mi caso' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mi caso' })).toBeVisible();
  const caseFile = page.getByRole('region', { name: /Sofía González/ });

  // The deadlines have their titles in Spanish, and the step they belong to.
  const deadlines = caseFile.getByRole('list', { name: /plazos|fechas/i });
  await expect(deadlines).toContainText('Fin del período de resolución');
  await expect(deadlines).toContainText('Reunión de resolución');
  // The timeline tells what happened in Spanish, the event by its name.
  const timeline = caseFile.getByRole('list', { name: 'Lo que ha pasado' });
  await expect(timeline).toContainText('Empezó: Queja de debido proceso.');
  await expect(timeline).toContainText('Queja recibida');
  await expect(timeline).toContainText('Terapia del habla: se perdieron 30 minutos el');
  await expect(timeline).toContainText('Se compartió una nota con la familia.');
  await expect(timeline).toContainText('Se registró una reunión: Reunión del IEP');

  await expectNoInternalCodes(page, 'my-case-es');
  const { englishFallbacks } = await expectNoEnglish(page, 'my-case-es', {
    properNames: PROPER_NAMES,
  });
  // Every deadline note comes from the rules' message catalog in Spanish: none falls back to
  // the stored English note.
  expect(englishFallbacks).toBe(0);
  await checkPage(page, 'words-my-case-es');
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a form error in Spanish, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('names the date field in Spanish, next to it and in the summary', async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('/sign-in');
      if (javaScriptEnabled) await hydrated(page);
      await page.getByRole('button', { name: 'Español' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await page.getByLabel('Correo electrónico').fill('marcus.lee@riverside.example');
      await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Iniciar sesión' }).click();
      await expect(page.locator('.site-header__user')).toContainText('Marcus Lee');

      // Sofía González's case at Riverside (the demo seed's), with its due process proceeding.
      await page.goto('/cases/3b1f0c1e-7a55-4f0b-9d11-5c2a1e000301');
      const proceeding = page.getByRole('region', { name: 'Debido proceso' });
      const form = proceeding.getByRole('form', { name: 'Registrar un evento' });
      // A complaint sent "tomorrow": only a scheduled meeting or hearing may be dated ahead.
      await form
        .getByLabel('Evento', { exact: true })
        .selectOption({ label: 'Se presentó la queja' });
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      await form.getByLabel('Fecha', { exact: true }).fill(tomorrow);
      await form.getByRole('button', { name: 'Registrar evento' }).click();

      const words =
        'La fecha no puede ser posterior a hoy. Solo una reunión o audiencia ya programada puede tener una fecha futura.';
      await expect(page.getByRole('alert')).toContainText(words);
      const date = form.getByLabel('Fecha', { exact: true });
      await expect(date).toHaveAttribute('aria-invalid', 'true');
      // Beside the field, tied to it for screen readers.
      const beside = form.getByText(words);
      await expect(beside).toBeVisible();
      await expect(date).toHaveAttribute(
        'aria-describedby',
        new RegExp(`\\b${await beside.getAttribute('id')}\\b`),
      );
      // The summary's entry leads to the field.
      await expect(page.getByRole('alert').getByRole('link', { name: words })).toHaveAttribute(
        'href',
        `#${await date.getAttribute('id')}`,
      );
      await expectNoInternalCodes(page, 'case-record-error-es');
    });
  });
}
