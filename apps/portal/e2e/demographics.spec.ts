import { expect, test } from '@playwright/test';
import { checkPage, hydrated, open, signIn } from './support';
import { demoAdvocate } from './support-advocate';

/**
 * Issue 15: the annual report's demographic answers are editable by staff after intake, each
 * with "prefer not to say", checked against the organization's lists.
 */
test("staff edit a child's details for the report; a contradictory answer is refused on its field", async ({
  page,
}) => {
  test.slow();
  await open(page, '/sign-in');
  await signIn(page, demoAdvocate.email, demoAdvocate.password);
  await expect(page.locator('.site-header__user')).toContainText(demoAdvocate.name);

  await open(page, '/caseload');
  await page.locator('main a[href^="/cases/"]').first().click();
  await hydrated(page);
  await page.getByRole('link', { name: "Child's details" }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('details for the report');
  await hydrated(page);
  await checkPage(page, 'child-details');

  const disability = page.getByRole('group', { name: 'Disability (choose all that apply)' });
  const race = page.getByRole('group', { name: 'Race and ethnicity (choose all that apply)' });
  await disability.getByRole('checkbox', { name: 'Autism' }).check();
  await disability.getByRole('checkbox', { name: 'Prefer not to say' }).check();
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Choose “prefer not to say” alone, or choose the answers that apply.',
  );
  await disability.getByRole('checkbox', { name: 'Prefer not to say' }).uncheck();
  // The most recently changed case is opened, whichever journeys ran before: its child may
  // already have "prefer not to say" for race, which would refuse a race chosen beside it.
  await race.getByRole('checkbox', { name: 'Prefer not to say' }).uncheck();
  await race.getByRole('checkbox', { name: 'Asian' }).check();
  await page.getByLabel("Prefer not to say the child's age").check();
  await page.getByLabel('The language the parents speak best').selectOption({ label: 'Spanish' });
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.getByText('Details saved.')).toBeVisible();

  await page.reload();
  await hydrated(page);
  await expect(disability.getByRole('checkbox', { name: 'Autism' })).toBeChecked();
  await expect(race.getByRole('checkbox', { name: 'Asian' })).toBeChecked();
  await expect(page.getByLabel("Prefer not to say the child's age")).toBeChecked();
  await expect(page.getByLabel('Date of birth')).toHaveValue('');
  await expect(page.getByLabel('The language the parents speak best')).toHaveValue('es');
});
