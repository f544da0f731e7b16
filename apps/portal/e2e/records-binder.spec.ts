import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { checkPage, hydrated } from './support';
import { obrienCase, openRecords, signInAs, uniqueTitle, uploadPdf } from './support-records';

test('an advocate builds a binder of two documents, orders them, downloads and saves it', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signInAs(page, obrienCase.advocate.email);
  await openRecords(page, obrienCase.id);
  const first = uniqueTitle('Evaluation report');
  const second = uniqueTitle('Service log');
  await uploadPdf(page, { title: first, text: 'Evaluation report', type: 'Evaluation' });
  await uploadPdf(page, { title: second, text: 'Service log' });

  await page.getByRole('link', { name: 'Build an evidence binder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Evidence binder for Liam O'Brien",
  );
  await hydrated(page);
  await page.getByLabel(new RegExp(`^${first}`)).check();
  await page.getByLabel(new RegExp(`^${second}`)).check();
  await page.getByRole('button', { name: 'Update the binder' }).click();
  const exhibits = page.getByRole('group', { name: 'In the binder, in order' });
  await expect(exhibits.getByRole('listitem')).toHaveCount(2);
  const items = exhibits.getByRole('listitem');
  // Ticked documents join the binder in the list's order (newest first).
  const [top, bottom] = (await items.nth(0).textContent())?.includes(first)
    ? [first, second]
    : [second, first];
  await expect(items.nth(0)).toContainText(`Exhibit 1: ${top}`);
  await expect(items.nth(1)).toContainText(`Exhibit 2: ${bottom}`);

  // Reordering: the second exhibit becomes exhibit 1.
  await page.getByRole('button', { name: `Move “${bottom}” up` }).click();
  await expect(items.nth(0)).toContainText(`Exhibit 1: ${bottom}`);
  await expect(items.nth(1)).toContainText(`Exhibit 2: ${top}`);
  await hydrated(page);
  await expect(page).not.toHaveURL(/move=/);
  await expect(page).toHaveURL(/#binder-documents$/);
  await checkPage(page, 'records-binder');

  const link = page.getByRole('link', { name: 'Download the binder (PDF)' });
  const href = (await link.getAttribute('href')) ?? '';
  const ids = new URL(href, 'http://portal.test').searchParams.get('documents')?.split(',');
  expect(ids).toHaveLength(2);
  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  const bytes = await readFile((await download.path()) ?? '');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');

  await page.getByRole('button', { name: 'Save to documents' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'The binder was saved' });
  await expect(saved).toBeVisible();
  await saved.getByRole('link').click();
  // The saved binder's own page (the binder page, which marks internal documents too, is gone).
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Exhibits');
  await expect(page.locator('.badges .badge--internal')).toHaveText('Internal');
});

test('an internal document joins a binder only when the advocate includes internal documents, and is marked', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signInAs(page, obrienCase.advocate.email);
  await openRecords(page, obrienCase.id);
  const notes = uniqueTitle('Staff notes');
  await uploadPdf(page, { title: notes, text: 'Staff notes', internal: true });

  await page.getByRole('link', { name: 'Build an evidence binder' }).click();
  await hydrated(page);
  const box = page.getByLabel(new RegExp(`^${notes}`));
  // Left out until asked for, saying why.
  await expect(box).toBeDisabled();
  await expect(box).toHaveAccessibleDescription(
    'Internal: tick “Include internal documents” above and update the binder to add it.',
  );
  const include = page.getByLabel('Include internal documents');
  await expect(include).not.toBeChecked();
  await include.check();
  await page.getByRole('button', { name: 'Update the binder' }).click();
  await expect(page).toHaveURL(/includeInternal=true/);
  await page.getByLabel(new RegExp(`^${notes}`)).check();
  await page.getByRole('button', { name: 'Update the binder' }).click();
  const exhibits = page.getByRole('group', { name: 'In the binder, in order' });
  const item = exhibits.getByRole('listitem').filter({ hasText: notes });
  await expect(item).toContainText('Internal — not shared with the family');
  await checkPage(page, 'records-binder-internal');

  const link = page.getByRole('link', { name: 'Download the binder (PDF)' });
  const href = new URL((await link.getAttribute('href')) ?? '', 'http://portal.test');
  expect(href.searchParams.get('includeInternal')).toBe('true');
  const downloading = page.waitForEvent('download');
  await link.click();
  const bytes = await readFile((await (await downloading).path()) ?? '');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await page.getByRole('button', { name: 'Save to documents' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The binder was saved' })).toBeVisible();
});

test('a parent may not open the binder page', async ({ page }) => {
  await signInAs(page, obrienCase.parent.email);
  const response = await page.goto(`/cases/${obrienCase.id}/binder`);
  expect(response?.status()).toBe(403);
});
