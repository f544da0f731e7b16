import { expect, test } from '@playwright/test';
import { checkPage, hydrated, open, signIn } from './support';
import {
  answerDecisionDetails,
  answerDecisionMade,
  answerPlanAndIssues,
  answerRestAndSubmit,
  completeIntakeInSpanish,
  demoParents,
  saveAndContinue,
  signInSpanish,
} from './support-family';

test('a parent answers the intake in Spanish, signs out mid-way, resumes, sends it and reads the guidance', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInSpanish(page, demoParents.linh.email);

  await page.getByRole('link', { name: 'Cuestionario inicial' }).click();
  await hydrated(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cuéntenos qué pasa en la escuela' }),
  ).toBeVisible();
  await checkPage(page, 'family-intake-start-es');
  await page.getByRole('radio', { name: 'Minh Nguyen (familia Nguyen)' }).check();
  await page.getByRole('button', { name: 'Empezar el cuestionario' }).click();

  // Step 1: the state comes filled in from the child's record.
  await expect(page.getByText('Paso 1 de 8', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('progressbar', { name: 'Cuánto lleva del cuestionario' }),
  ).toHaveAttribute('value', '1');
  await expect(page.getByLabel('¿En qué estado va su hijo a la escuela?')).toHaveValue('TX');
  await checkPage(page, 'family-intake-step-es');
  await saveAndContinue(page);
  await answerPlanAndIssues(page);

  // A required question left blank is named, and the summary links to it.
  await expect(page.getByText('Paso 4 de 8', { exact: true })).toBeVisible();
  await saveAndContinue(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Conteste esta pregunta para seguir');
  await alert.getByRole('link').click();
  await expect(page.getByRole('radio', { name: 'Sí' })).toBeFocused();
  await checkPage(page, 'family-intake-error-es');

  // Sign out, sign in again: the draft resumes at the step reached.
  await open(page, '/sign-out');
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page.getByRole('link', { name: 'Iniciar sesión', exact: true })).toBeVisible();
  await signInSpanish(page, demoParents.linh.email);
  await open(page, '/intake');
  await page.getByRole('link', { name: 'Seguir con este cuestionario' }).first().click();
  await expect(page.getByText('Paso 4 de 8', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('group', {
      name: /¿La escuela tomó una decisión con la que no está de acuerdo/,
    }),
  ).toBeVisible();

  // Back keeps the earlier answers.
  await page.getByRole('button', { name: 'Atrás' }).click();
  await expect(page.getByText('Paso 3 de 8', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'La escuela no cumple lo que dice el plan' }),
  ).toBeChecked();
  await saveAndContinue(page);

  // The API's validation names the question: a decision date in the future.
  await answerDecisionMade(page);
  await page.getByLabel('¿Cuándo tomó la escuela esa decisión?').fill('2099-01-01');
  await page.getByRole('radio', { name: 'No' }).check();
  await saveAndContinue(page);
  await expect(page.getByRole('alert')).toContainText('Esta fecha no puede ser en el futuro.');
  await expect(page.getByLabel('¿Cuándo tomó la escuela esa decisión?')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await answerDecisionDetails(page);
  await answerRestAndSubmit(page, async () => {
    await expect(page.getByText('Texas')).toBeVisible();
    await expect(page.getByText('La escuela no cumple lo que dice el plan')).toBeVisible();
    await checkPage(page, 'family-intake-review-es');
  });

  // Guidance: warnings first, then the ranked options with a Spanish title and deadlines.
  await expect(page.getByRole('heading', { level: 2, name: 'Atienda esto primero' })).toBeVisible();
  await expect(
    page.getByText('Se acaba el tiempo para presentar una queja ante el estado', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('La escuela no le ha dado su decisión por escrito.')).toBeVisible();
  // A meeting is coming (questionnaire 2026-12.1): the records request goes before it.
  await expect(
    page.getByRole('heading', { level: 3, name: /^Opción 2: Pedir el archivo escolar de su hijo/ }),
  ).toBeVisible();
  await expect(page.getByText('Se acerca una reunión. Pida ahora', { exact: false })).toBeVisible();
  await expect(
    page.getByText('notificación previa por escrito', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Queja ante el estado/ })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: /^Opción 1: Pedir la decisión por escrito/ }),
  ).toBeVisible();
  await expect(page.getByText(/^Fecha límite: \d+ de \w+ de \d{4}$/).first()).toBeVisible();
  await expect(page.getByText('34 CFR 300.153', { exact: false }).first()).toBeVisible();
  const ladder = page.getByRole('list', { name: 'Dónde está usted en el camino' });
  await expect(ladder.locator('[aria-current="step"]')).toContainText('Usted está aquí');
  await expect(ladder).toContainText('Primer paso sugerido');
  await checkPage(page, 'family-guidance-es');

  // No case yet: My case says what happens next and lists the intake.
  await page.getByRole('link', { name: 'Ir a Mi caso' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Todavía no tiene un caso' }),
  ).toBeVisible();
  await expect(page.getByText('Enviado; esperando a un defensor')).toBeVisible();
  await checkPage(page, 'family-my-case-empty-es');
});

test('the helper sends a whole intake in Spanish for another parent', async ({ page }) => {
  test.setTimeout(180_000);
  const { intakeId } = await completeIntakeInSpanish(page, demoParents.james.email);
  expect(intakeId).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 3, name: /Queja ante el estado/ })).toBeVisible();
  // A sent intake can no longer be changed: its wizard leads to the guidance.
  await open(page, `/intake/${intakeId}?step=2`);
  await expect(page).toHaveURL(new RegExp(`/intake/${intakeId}/guidance$`));
});

test('someone starting an intake for one of several children must choose the child', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // An organization admin may start an intake for any family, so the page lists every child.
  await open(page, '/sign-in');
  await signIn(page, 'admin@summit.example', 'continuum-demo');
  await expect(page.locator('.site-header__user')).toContainText('Daniel Brooks');
  await open(page, '/intake');
  await expect(page.getByRole('heading', { level: 2, name: 'Start a new intake' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the intake' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose the child this intake is about.');
  await checkPage(page, 'family-intake-start-admin');
});
