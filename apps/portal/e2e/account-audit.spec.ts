import { expect, test } from '@playwright/test';
import { checkPage, demoToday, open } from './support';
import { riversideAdmin, signInAs, uniqueEmail } from './support-account';

test('the audit log narrows to sign-ins, keeps the filter in the address, and by person', async ({
  page,
}) => {
  await signInAs(page, riversideAdmin.email);
  // An event that is not a sign-in, whatever ran before in this database.
  await open(page, '/members');
  await page.getByLabel('Email address').fill(uniqueEmail('audit'));
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Invitation sent');

  await open(page, '/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await checkPage(page, 'account-audit');
  await expect(
    rows.locator('td:nth-child(2)').filter({ hasText: 'Invited someone' }),
  ).not.toHaveCount(0);

  await page.getByLabel('Action').selectOption({ label: 'Signed in' });
  await page.getByRole('button', { name: 'Show events' }).click();
  await expect(page).toHaveURL(/[?&]action=auth\.sign_in(&|$)/);
  await expect(rows.first()).toBeVisible();
  // Retried until the filtered page has replaced the unfiltered one.
  await expect(rows.locator('td:nth-child(2)').filter({ hasNotText: /^Signed in$/ })).toHaveCount(
    0,
  );

  await page.getByLabel('Person').selectOption({ label: riversideAdmin.name });
  await page.getByRole('button', { name: 'Show events' }).click();
  await expect(page).toHaveURL(/actor=/);
  await expect(rows.first()).toBeVisible();
  await expect(
    rows.locator('td:nth-child(3)').filter({ hasNotText: riversideAdmin.name }),
  ).toHaveCount(0);
  await expect(rows.locator('td:nth-child(2)').filter({ hasNotText: /^Signed in$/ })).toHaveCount(
    0,
  );

  // Today (in Riverside's zone) holds the sign-in just made; a day in the future holds nothing.
  const today = demoToday();
  await open(page, `/audit?action=auth.sign_in&from=${today}&to=${today}`);
  await expect(rows.first()).toBeVisible();
  await open(page, '/audit?action=auth.sign_in&from=2999-01-01');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL('/audit');
});

test('a day that is not a date is named in the summary, beside its field', async ({ page }) => {
  await signInAs(page, riversideAdmin.email);
  await open(page, '/audit?from=2026-02-30');
  await expect(
    page.getByRole('alert').getByRole('link', { name: 'Enter a date, for example 2026-03-15.' }),
  ).toBeVisible();
  await expect(page.getByLabel('From')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'account-audit-error');
});

test('older events come a page at a time, with the filters kept', async ({ page }) => {
  await signInAs(page, riversideAdmin.email);
  // Every list of families is recorded (FERPA): more than one page of 50 of them.
  for (let i = 0; i < 55; i += 1) {
    const response = await page.context().request.post('/graphql', {
      data: { query: '{ families { id } }' },
    });
    expect(response.ok()).toBe(true);
  }
  await open(page, '/audit?action=family.list');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(50);

  await page.getByRole('link', { name: 'Older events' }).click();
  await expect(page).toHaveURL(/action=family\.list&after=/);
  await expect(page.getByRole('table', { name: 'Older audit events' })).toBeVisible();
  const older = rows.locator('td:nth-child(2)');
  await expect(older.first()).toHaveText('Listed families');
  await expect(older.filter({ hasNotText: /^Listed families$/ })).toHaveCount(0);
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
});
