import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { checkPage, hydrated } from './support';
import {
  makePdf,
  obrienCase,
  openRecords,
  signInAs,
  uniqueTitle,
  uploadPdf,
} from './support-records';

test('a parent uploads a PDF and sees it; an advocate sees it and adds an internal one the parent never sees', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await signInAs(parent, obrienCase.parent.email);

  // The parent reaches the records from their case.
  await parent.goto('/my-case');
  await hydrated(parent);
  await parent.getByRole('link', { name: 'Records and documents' }).click();
  await expect(parent.getByRole('heading', { level: 1 })).toHaveText("Records for Liam O'Brien");
  await hydrated(parent);
  // A parent cannot make anything internal: the choice is not offered.
  await expect(parent.getByLabel('Internal: staff only')).toHaveCount(0);

  const sharedTitle = uniqueTitle('IEP from the school');
  await uploadPdf(parent, {
    title: sharedTitle,
    text: 'Annual IEP for Liam',
    type: 'IEP',
    date: '2026-09-15',
  });
  const row = parent.getByRole('row', { name: new RegExp(sharedTitle) });
  await expect(row).toContainText('IEP');
  await expect(row).toContainText('Sep 15, 2026');
  await expect(row).toContainText(obrienCase.parent.name);
  await expect(row).not.toContainText('Internal');
  await checkPage(parent, 'records-list-parent');

  // The document page previews the PDF in place and downloads it.
  await row.getByRole('link', { name: sharedTitle, exact: true }).click();
  await expect(parent.getByRole('heading', { level: 1, name: sharedTitle })).toBeVisible();
  await hydrated(parent);
  const frame = parent.getByTitle(`Preview of “${sharedTitle}”`);
  await expect(frame).toBeVisible();
  const previewSrc = await frame.getAttribute('src');
  expect(previewSrc).toContain('inline=1');
  const preview = await parent.request.get(previewSrc ?? '');
  expect(preview.status()).toBe(200);
  expect(preview.headers()['content-type']).toBe('application/pdf');
  expect(preview.headers()['content-disposition']).toMatch(/^inline/);
  expect(preview.headers()['content-security-policy']).toBe(
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
  );
  expect(preview.headers()['x-content-type-options']).toBe('nosniff');
  expect((await preview.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await checkPage(parent, 'records-document-parent');

  const downloading = parent.waitForEvent('download');
  await parent.getByRole('link', { name: 'Download', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile((await download.path()) ?? '');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The advocate sees the parent's upload, and adds an internal note of their own.
  const advocateContext = await browser.newContext();
  const advocate = await advocateContext.newPage();
  await signInAs(advocate, obrienCase.advocate.email);
  await advocate.goto(`/cases/${obrienCase.id}`);
  await hydrated(advocate);
  await advocate.getByRole('link', { name: 'Records and documents' }).click();
  await expect(advocate.getByRole('heading', { level: 1 })).toHaveText("Records for Liam O'Brien");
  await hydrated(advocate);
  await expect(advocate.getByRole('link', { name: sharedTitle, exact: true })).toBeVisible();
  const internalTitle = uniqueTitle('Advocate strategy notes');
  await uploadPdf(advocate, { title: internalTitle, text: 'Strategy notes', internal: true });
  const internalRow = advocate.getByRole('row', { name: new RegExp(internalTitle) });
  await expect(internalRow).toContainText('Internal');
  await expect(advocate.getByRole('row', { name: new RegExp(sharedTitle) })).not.toContainText(
    'Internal',
  );
  await checkPage(advocate, 'records-list-advocate');

  // Staff filter by who sees a document.
  await advocate.getByLabel('Who can see it', { exact: true }).selectOption('INTERNAL');
  await advocate.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(advocate).toHaveURL(/visibility=INTERNAL/);
  await expect(advocate.getByRole('link', { name: internalTitle, exact: true })).toBeVisible();
  await expect(advocate.getByRole('link', { name: sharedTitle, exact: true })).toHaveCount(0);

  const internalHref = await advocate
    .getByRole('link', { name: internalTitle, exact: true })
    .getAttribute('href');
  const internalId = internalHref?.split('/').pop() ?? '';
  expect(internalId).toMatch(/^[0-9a-f-]{36}$/);

  // The parent never sees it: not in the list, not by its page, not by its download address.
  await openRecords(parent, obrienCase.id);
  await expect(parent.getByRole('link', { name: sharedTitle, exact: true })).toBeVisible();
  await expect(parent.getByRole('link', { name: internalTitle, exact: true })).toHaveCount(0);
  const page404 = await parent.goto(`/cases/${obrienCase.id}/records/${internalId}`);
  expect(page404?.status()).toBe(404);
  const content404 = await parent.request.get(`/api/documents/${internalId}/content`);
  expect(content404.status()).toBe(404);

  // Full-text search finds the parent's PDF by a word of its text.
  await openRecords(parent, obrienCase.id);
  await parent.getByLabel('Search', { exact: true }).fill('annual');
  await parent.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(parent).toHaveURL(/q=annual/);
  await expect(parent.getByRole('link', { name: sharedTitle, exact: true })).toBeVisible();

  await parentContext.close();
  await advocateContext.close();
});

test('a file of a type that is not allowed is refused with a message naming the file', async ({
  page,
}) => {
  await signInAs(page, obrienCase.parent.email);
  await openRecords(page, obrienCase.id);
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name: 'setup.pdf',
    mimeType: 'application/pdf',
    // A Windows program's header: the API sniffs the bytes, not the name.
    buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]),
  });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('This kind of file cannot be uploaded.');
  // The summary's link leads to the file input.
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#upload-file');
  await expect(page.getByLabel('File', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'records-upload-refused');
});

test('without JavaScript the upload form still sends the file', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(obrienCase.parent.email);
  await page.getByLabel('Password').fill('continuum-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.site-header__user')).toBeVisible();
  await page.goto(`/cases/${obrienCase.id}/records`);
  const title = uniqueTitle('Progress report');
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name: 'progress.pdf',
    mimeType: 'application/pdf',
    buffer: makePdf('Progress report'),
  });
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `“${title}” was uploaded.` }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  await context.close();
});

test('an advocate uploads a new version; both versions stay downloadable', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, obrienCase.advocate.email);
  await openRecords(page, obrienCase.id);
  const title = uniqueTitle('Behavior plan');
  await uploadPdf(page, { title, text: 'Behavior plan draft' });
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await hydrated(page);
  const panel = page.getByRole('region', { name: 'Upload a new version' });
  await panel.getByLabel('File', { exact: true }).setInputFiles({
    name: 'behavior-plan-final.pdf',
    mimeType: 'application/pdf',
    buffer: makePdf('Behavior plan final'),
  });
  await panel.getByRole('button', { name: 'Upload', exact: true }).click();
  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(versions.getByRole('link', { name: 'Download version 2' })).toBeVisible();
  await expect(versions.getByRole('link', { name: 'Download version 1' })).toBeVisible();
  await expect(page.getByText('behavior-plan-final.pdf').first()).toBeVisible();
  await checkPage(page, 'records-document-advocate');
});
