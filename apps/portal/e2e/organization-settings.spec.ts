import { expect, test } from '@playwright/test';
import { checkPage, demoAdmin, open, signIn } from './support';

/**
 * Issue 15: an org admin changes the organization's settings and one of the annual report's
 * lists, and the report counts by the list as edited. Each change is put back at the end, as
 * the other specs share the demo organization.
 */
test('an org admin changes the reminder days and a report list, and the report follows the list', async ({
  page,
}) => {
  test.slow();
  await open(page, '/sign-in');
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await expect(page.locator('.site-header__user')).toContainText(demoAdmin.name);

  await page.getByRole('link', { name: 'Settings', exact: true }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Organization settings' }),
  ).toBeVisible();
  await checkPage(page, 'organization-settings');
  const days = page.getByLabel('Reminder days');
  const saved = await days.inputValue();
  await expect(page.getByLabel('Organization name')).toHaveValue(demoAdmin.organization);
  await expect(
    page.getByLabel('Count a person once for a training with several sessions'),
  ).toBeChecked();

  // Refused with the field's own words; nothing is saved.
  await days.fill('90');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('#deadlineReminderDays-error')).toContainText(
    'Enter a whole number of days from 0 to 60.',
  );
  await open(page, '/organization/settings');
  await expect(days).toHaveValue(saved);

  await days.fill('9');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await open(page, '/organization/settings');
  await expect(days).toHaveValue('9');

  // The parents' languages: one item added, a repeat refused on its own row.
  await page.getByRole('link', { name: 'Edit Parents’ primary language' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Parents’ primary language');
  await checkPage(page, 'organization-settings-list');
  const rows = await page.locator('tbody tr').count();
  const firstNew = rows - 3 + 1;
  await page.getByLabel(`Item ${firstNew} in English`).fill('Somali');
  await page.getByLabel(`Item ${firstNew} in Spanish`).fill('Somalí');
  await page.getByLabel(`Item ${firstNew + 1} in English`).fill('somali');
  await page.getByLabel(`Item ${firstNew + 1} in Spanish`).fill('Somalí');
  await page.getByRole('button', { name: 'Save list' }).click();
  await expect(page.locator(`[id="items.${firstNew}.en-error"]`)).toContainText(
    `Item ${firstNew + 1} repeats another item.`,
  );
  await page.getByLabel(`Item ${firstNew + 1} in English`).fill('');
  await page.getByLabel(`Item ${firstNew + 1} in Spanish`).fill('');
  await page.getByRole('button', { name: 'Save list' }).click();
  await expect(page.getByText('List saved.')).toBeVisible();
  await expect(page.getByLabel(`Item ${firstNew} in English`)).toHaveValue('Somali');

  // The report's languages table has the new row.
  await open(page, '/reports/annual');
  const languages = page.getByRole('region', { name: 'Parents’ primary language' });
  await expect(languages.getByRole('rowheader', { name: 'Somali' })).toBeVisible();

  // Put back what the other specs expect.
  await open(page, '/organization/settings/lists/languages');
  await page.getByRole('button', { name: 'Go back to the default list' }).click();
  await expect(page.getByText('The default list is back.')).toBeVisible();
  await expect(page.getByLabel(`Item ${firstNew} in English`)).toHaveValue('');
  await open(page, '/organization/settings');
  await days.fill(saved);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
});
