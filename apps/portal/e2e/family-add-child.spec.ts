import { expect, test } from '@playwright/test';
import { checkPage, hydrated, open, signIn } from './support';
import { DEMO_PASSWORD, switchToSpanish } from './support-family';

// Summit; family Hassan, Yusuf (NC, no plan). The new child's name sorts after Yusuf's, so
// the 504 test's "first child" stays Yusuf whichever spec runs first.
const fatima = { email: 'fatima.hassan@example.com', name: 'Fatima Hassan' };

test('a parent adds a second child to their family and starts an intake for them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, '/sign-in');
  await signIn(page, fatima.email, DEMO_PASSWORD);
  await expect(page.locator('.site-header__user')).toContainText(fatima.name);

  // "My family" is in the menu, and "My case" points there too.
  await expect(page.getByRole('link', { name: 'My family' })).toBeVisible();
  await open(page, '/my-case');
  await page.getByRole('link', { name: /Add them on My family/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My family' })).toBeVisible();
  await hydrated(page);
  await expect(page.getByRole('listitem').filter({ hasText: 'Yusuf Hassan' })).toBeVisible();
  // The state of the family's school is chosen already.
  await expect(page.getByLabel('State where your child goes to school')).toHaveValue('NC');
  await checkPage(page, 'family-add-child');

  // A name is needed; the error names the field.
  await page.getByRole('button', { name: 'Add this child' }).click();
  await expect(page.getByRole('alert')).toContainText("Enter your child's name.");
  await expect(page.getByLabel("Your child's name")).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'family-add-child-errors');

  await page.getByLabel("Your child's name").fill('Zara Hassan');
  await page.getByRole('radio', { name: 'Yes, a 504 plan' }).check();
  await page.getByLabel('Grade').fill('2');
  await page.getByRole('button', { name: 'Add this child' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Zara Hassan was added to your family.' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Zara Hassan' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Yusuf Hassan' })).toBeVisible();

  // Then an intake for her, in the same wizard, opened with her record's state and plan.
  await page.getByRole('button', { name: 'Start an intake for Zara Hassan' }).click();
  await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
  await expect(page.getByLabel('In which state does your child go to school?')).toHaveValue('NC');
  await page.getByRole('button', { name: /^Save and continue$/ }).click();
  await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await expect(
    page.getByRole('radio', {
      name: 'Yes, a 504 plan (changes or help in class for a disability)',
    }),
  ).toBeChecked();

  // Her draft waits on the intake page, under her name.
  await open(page, '/intake');
  await expect(page.getByText(/Zara Hassan/).first()).toBeVisible();

  // The family page in Spanish.
  await open(page, '/family');
  await switchToSpanish(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Mi familia' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Empezar un cuestionario para Zara Hassan' }),
  ).toBeVisible();
  await checkPage(page, 'family-add-child-es');
});
