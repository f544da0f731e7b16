import { expect, test } from '@playwright/test';
import { checkPage, demoAdmin, hydrated, open, signIn } from './support';

/**
 * Issue 15, the people pages: an org admin finds a person and edits them, opens the likely
 * duplicates, merges two records of one caller and sees both contacts on the record kept,
 * changes a contact and deletes one after confirming, and logs outreach; every page checked
 * with axe at 1280 and 360 px.
 */
test('an org admin finds a person, merges two records of one caller, edits a contact and logs outreach', async ({
  page,
}) => {
  test.slow();
  await open(page, '/sign-in');
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await expect(page.locator('.site-header__user')).toContainText(demoAdmin.name);

  // One caller, recorded twice: two calls from two numbers, the name spelled two ways.
  for (const [name, phone] of [
    ['Marisol Quintero', '(555) 017-2201'],
    ['Marisol Quinteros', '(555) 017-2202'],
  ] as const) {
    await open(page, '/contacts/call');
    await page.getByLabel('Who called').fill(name);
    await page.getByLabel('Their phone number').fill(phone);
    await page
      .getByLabel('What it was about')
      .selectOption({ label: 'Evaluation and eligibility' });
    await page.getByRole('button', { name: 'Log the call' }).click();
    await expect(page.locator('p[role=status]')).toContainText(`The call with ${name} is logged.`);
  }

  // Found by part of the name; each with their one contact.
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await hydrated(page);
  await page.getByLabel('Name, email or phone').fill('quinter');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('table', { name: 'People found: 2' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Marisol Quintero' }).first();
  await expect(row).toContainText('Parent');
  await expect(row).toContainText('(555) 017-2201');
  await checkPage(page, 'people');

  // Their record, edited.
  await row.getByRole('link', { name: 'Marisol Quintero', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marisol Quintero' })).toBeVisible();
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Contacts (1 in all)' })).toBeVisible();
  await page.getByLabel('Email', { exact: true }).fill('marisol.q@example.org');
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.locator('p[role=status]')).toContainText('The details are saved.');
  await expect(page.locator('dl.details')).toContainText('marisol.q@example.org');
  await checkPage(page, 'person');

  // The likely duplicates, with why in words; the record kept is chosen, then confirmed.
  await page.getByRole('link', { name: 'Duplicate people' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'People who may be recorded twice' }),
  ).toBeVisible();
  await hydrated(page);
  const pair = page.getByRole('group', {
    name: /^Marisol Quinteros? and Marisol Quinteros?: very similar names$/,
  });
  await expect(pair).toBeVisible();
  await checkPage(page, 'people-duplicates');
  await pair.getByRole('button', { name: 'Merge these two' }).click();
  await expect(page.getByText('Choose which record to keep.').first()).toBeVisible();
  await page
    .getByRole('group', { name: /^Marisol Quinteros? and Marisol Quinteros?: very similar names$/ })
    .getByLabel(/^Keep Marisol Quintero\b(?!s)/)
    .check();
  await page
    .getByRole('group', { name: /^Marisol Quinteros? and Marisol Quinteros?: very similar names$/ })
    .getByRole('button', { name: 'Merge these two' })
    .click();
  await expect(page.getByRole('heading', { name: 'Merge these records?' })).toBeVisible();
  await expect(
    page.getByText(/Marisol Quinteros will be merged into Marisol Quintero:/),
  ).toBeVisible();
  await checkPage(page, 'people-merge-confirm');
  await page.getByRole('button', { name: 'Yes, merge them' }).click();

  // Both calls are on the record kept; the other record is gone.
  await expect(page.getByRole('heading', { level: 1, name: 'Marisol Quintero' })).toBeVisible();
  await hydrated(page);
  await expect(page.locator('p[role=status]')).toContainText('The two records are one now.');
  await expect(page.getByRole('heading', { name: 'Contacts (2 in all)' })).toBeVisible();
  const contacts = page.getByRole('table', {
    name: 'Contacts with Marisol Quintero, newest first',
  });
  await expect(contacts.getByRole('row')).toHaveCount(3);
  await expect(page.locator('dl.details')).toContainText('(555) 017-2201');
  await open(page, '/people?q=quinter');
  await expect(page.getByRole('table', { name: 'People found: 1' })).toBeVisible();

  // A contact, changed: a letter of 20 minutes.
  await open(page, '/people?q=quinter');
  await page.getByRole('link', { name: 'Marisol Quintero', exact: true }).click();
  await hydrated(page);
  await contacts.getByRole('row').nth(1).getByRole('link').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Contact with Marisol Quintero' }),
  ).toBeVisible();
  await hydrated(page);
  await page.getByLabel('How', { exact: true }).selectOption({ label: 'Letter' });
  await page.getByLabel('Minutes').fill('20');
  await page.getByRole('button', { name: 'Save the contact' }).click();
  await expect(page.locator('p[role=status]')).toContainText('The contact is saved.');
  await expect(page.locator('dl.details')).toContainText('Letter');
  await expect(page.locator('dl.details')).toContainText('20');
  await checkPage(page, 'contact');

  // Deleting asks first.
  await page.getByRole('button', { name: 'Delete this contact' }).click();
  await expect(
    page.getByText('Delete this contact with Marisol Quintero? This cannot be undone.'),
  ).toBeVisible();
  await checkPage(page, 'contact-delete-confirm', { screenshots: false });
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.locator('p[role=status]')).toContainText('The contact is deleted.');
  await open(page, '/people?q=quinter');
  // Cells after the name: kind, email and phone, contacts, last contact.
  await expect(
    page.getByRole('row').filter({ hasText: 'Marisol Quintero' }).getByRole('cell').nth(2),
  ).toHaveText('1');

  // Outreach, logged with the organization's kinds and added up by kind.
  await page.getByRole('link', { name: 'Outreach', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Outreach and dissemination' }),
  ).toBeVisible();
  await hydrated(page);
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Exhibits and booths' });
  await page.getByLabel('How many').fill('140');
  await page.getByLabel('Description').fill('Booth at the county resource fair');
  await page.getByRole('button', { name: 'Log the outreach' }).click();
  await expect(page.locator('p[role=status]')).toContainText('The outreach is logged.');
  await expect(
    page
      .getByRole('table', { name: 'Outreach entries, latest first' })
      .getByRole('row')
      .filter({ hasText: 'Booth at the county resource fair' }),
  ).toContainText('Exhibits and booths');
  await checkPage(page, 'outreach');
});
