import { expect, test } from '@playwright/test';
import { checkPage, demoAdmin, hydrated, open, signIn } from './support';
import { demoAdvocate } from './support-advocate';

/**
 * Issue 15: the dashboard. An org admin sees the organization's work on the demo year, each
 * chart beside a table of its numbers, and narrows it to one staff member and a range of
 * days; an advocate sees only their own work and cannot choose anyone else's.
 */
test("an org admin reads the organization's dashboard and narrows it to one advocate", async ({
  page,
}) => {
  test.slow();
  await open(page, '/sign-in');
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await expect(page.locator('.site-header__user')).toContainText(demoAdmin.name);

  await page.getByRole('link', { name: 'Dashboard', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await hydrated(page);
  const contacts = page.getByRole('region', { name: 'Contacts each month, by how' });
  await expect(contacts.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('img', { name: /Bar chart of contacts each month/ })).toBeVisible();
  const staff = page.getByRole('region', {
    name: 'Open cases and time logged on contacts, by staff member',
  });
  await expect(staff.getByRole('rowheader', { name: demoAdvocate.name })).toBeVisible();
  await checkPage(page, 'dashboard');

  // A range the API refuses is named on its field; the page still shows the default range.
  await page.getByLabel('From').fill('2026-09-30');
  await page.getByLabel('To').fill('2026-09-01');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Choose a last day on or after the first day, at most 3 years later.',
  );

  // One advocate, over the last program year.
  await page.getByLabel('From').fill('2025-10-01');
  await page.getByLabel('To').fill('2026-09-30');
  await page.getByLabel('Whose work').selectOption({ label: demoAdvocate.name });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByTestId('dashboard-range')).toContainText(
    `the work of ${demoAdvocate.name}`,
  );
  await expect(page).toHaveURL(/staff=/);
  await expect(staff.getByRole('row')).toHaveCount(2);
  await expect(contacts.getByRole('row').nth(1)).toBeVisible();
});

test('an advocate sees only their own work', async ({ page }) => {
  test.slow();
  await open(page, '/sign-in');
  await signIn(page, demoAdvocate.email, demoAdvocate.password);
  await expect(page.locator('.site-header__user')).toContainText(demoAdvocate.name);
  await open(page, '/dashboard');
  await expect(page.getByText('Your own work for the days you choose.')).toBeVisible();
  await expect(page.getByLabel('Whose work')).toHaveCount(0);
  const staff = page.getByRole('region', {
    name: 'Open cases and time logged on contacts, by staff member',
  });
  await expect(staff.getByRole('row')).toHaveCount(2);
  await expect(staff.getByRole('rowheader', { name: demoAdvocate.name })).toBeVisible();
  await checkPage(page, 'dashboard-advocate');
});
