import { expect, test, type Page } from '@playwright/test';
import { checkPage, hydrated, open, signIn } from './support';
import { DEMO_PASSWORD } from './support-family';

// Summit; family Hassan, Yusuf (NC, no plan); no intake, no case; no other spec signs in as her.
const fatima = { email: 'fatima.hassan@example.com', name: 'Fatima Hassan' };

/** Presses "Save and continue" (or "Save and check your answers" on the last step). */
async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Save and (continue|check your answers)$/ }).click();
}

test('34 CFR 104.36, 104.7(b): a parent of a child with no plan is shown the Section 504 routes, in words, never a Part B step', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await open(page, '/sign-in');
  await signIn(page, fatima.email, DEMO_PASSWORD);
  await expect(page.locator('.site-header__user')).toContainText(fatima.name);
  await open(page, '/intake');
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Start the intake' }).click();

  await expect(page.getByText('Step 1 of 8', { exact: true })).toBeVisible();
  await expect(page.getByLabel('In which state does your child go to school?')).toHaveValue('NC');
  await next(page);
  await expect(page.getByText('Step 2 of 8', { exact: true })).toBeVisible();
  // The record's "no plan, or not sure" is not answered for the parent: the two differ.
  await expect(page.getByRole('radio', { name: 'No plan' })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'I am not sure' })).not.toBeChecked();
  await page.getByRole('radio', { name: 'No plan' }).check();
  await next(page);
  await page
    .getByRole('checkbox', { name: 'My child needs more help than the plan gives' })
    .check();
  await next(page);
  await expect(page.getByText('Step 4 of 8', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'No' }).check();
  await next(page);
  // Questionnaire 2026-12.1: a meeting is coming, so the records come first.
  await expect(page.getByText('Step 5 of 8', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('group', { name: /Is a meeting with the school coming up\?/ }),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await next(page);
  await expect(page.getByText('Step 6 of 8', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await next(page);
  await expect(page.getByText('Step 7 of 8', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'It needs action in the next few weeks' }).check();
  await next(page);
  await expect(page.getByText('Step 8 of 8', { exact: true })).toBeVisible();
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your options' })).toBeVisible();
  await hydrated(page);

  // The options: records first (a meeting is coming), then the Section 504 routes.
  const options = page.locator('ol.pathways > li h3');
  await expect(options).toHaveText([
    /^Option 1:\s*Ask for your child's records$/,
    /^Option 2:\s*Ask for a 504 team meeting$/,
    /^Option 3:\s*The district's complaint process \(504 grievance\)$/,
    /^Option 4:\s*Section 504 hearing before an impartial hearing officer$/,
    /^Option 5:\s*Complaint to the Office for Civil Rights$/,
  ]);
  await expect(
    page.getByText('A meeting is coming. Ask now, so you have the records before it.'),
  ).toBeVisible();
  await expect(page.getByText('34 CFR 104.7(b)', { exact: false })).toBeVisible();

  // The ladder keeps the Section 504 side of the continuum.
  const ladder = page.getByRole('list', { name: 'Where you are on the path' });
  await expect(ladder).toContainText("Ask for the school's 504 notice");
  await expect(ladder).toContainText('Complaint to the Student Privacy Policy Office');
  await expect(ladder).not.toContainText('Due process hearing');
  await expect(ladder).not.toContainText('State complaint');

  // No raw pathway id anywhere on the page.
  const text = await page.locator('main').innerText();
  expect(text.match(/\b[a-z]+_[a-z_]+\b/g) ?? []).toEqual([]);
  await checkPage(page, 'family-guidance-504');

  // The page's own words in Spanish, with the corrections' terms (the reasons stay in the
  // language the intake was sent in, and the page says so).
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await hydrated(page);
  await expect(options.nth(3)).toHaveText(
    /Audiencia de la Sección 504 ante un funcionario de audiencias imparcial$/,
  );
  await expect(options.nth(4)).toHaveText(/Queja ante la Oficina para Derechos Civiles$/);
  const ladderEs = page.getByRole('list', { name: 'Dónde está usted en el camino' });
  await expect(ladderEs).toContainText('Pedir la notificación 504 de la escuela');
  const textEs = await page.locator('main').innerText();
  expect(textEs.match(/\b[a-z]+_[a-z_]+\b/g) ?? []).toEqual([]);
  await checkPage(page, 'family-guidance-504-es');
});
