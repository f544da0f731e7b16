import { expect, test, type Page } from '@playwright/test';
import { checkPage, hydrated } from './support';
import { obrienCase, openRecords, signInAs, uniqueTitle, uploadPdf } from './support-records';

/** Adds a note on the case's notes page; `internal` keeps it from the family. */
async function addNote(page: Page, text: string, internal: boolean): Promise<void> {
  await page.goto(`/cases/${obrienCase.id}/notes`);
  await hydrated(page);
  const add = page.getByRole('form', { name: 'Add a note' });
  await add.getByLabel('Note').fill(text);
  await add.getByLabel(internal ? 'Internal: staff only' : 'Shared with the family').check();
  await add.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByTestId('note').filter({ hasText: text })).toBeVisible();
}

async function searchCase(page: Page, words: string): Promise<void> {
  await page.goto(`/cases/${obrienCase.id}/search`);
  await hydrated(page);
  await page.getByLabel('Words to find').fill(words);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Results for/ })).toBeVisible();
}

test('one search finds a word in a PDF and in notes; the family finds only what is shared', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A made-up word, so the search can only match what this test wrote.
  const word = `zephyrine${Date.now().toString(36)}`;
  const title = uniqueTitle('Audiology report');
  const sharedNote = `The ${word} follow-up is on Friday.`;
  const internalNote = `Internal: the ${word} report looks incomplete.`;

  const advocateContext = await browser.newContext();
  const advocate = await advocateContext.newPage();
  await signInAs(advocate, obrienCase.advocate.email);
  await openRecords(advocate, obrienCase.id);
  await uploadPdf(advocate, { title, text: `Hearing test ${word} results` });
  await addNote(advocate, sharedNote, false);
  await addNote(advocate, internalNote, true);

  await test.step('the advocate finds the document and both notes', async () => {
    await advocate.goto(`/cases/${obrienCase.id}`);
    await advocate
      .getByRole('navigation', { name: 'Records' })
      .getByRole('link', { name: 'Search' })
      .click();
    await expect(advocate).toHaveURL(`/cases/${obrienCase.id}/search`);
    await searchCase(advocate, word);
    const hits = advocate.getByTestId('search-hit');
    // Text extraction runs after the upload; the search sees the PDF once it has finished.
    await expect(async () => {
      await advocate.reload();
      await expect(hits).toHaveCount(3, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const document = hits.filter({ has: advocate.getByRole('link', { name: title }) });
    await expect(document).toContainText('Document');
    await expect(document.locator('mark')).toHaveText(word);
    await expect(hits.filter({ hasText: internalNote.slice(0, 20) })).toContainText('Internal');
    await checkPage(advocate, 'records-search-advocate');
    await document.getByRole('link', { name: title }).click();
    await expect(advocate.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  await test.step('the parent finds the document and the shared note, never the internal one', async () => {
    const parentContext = await browser.newContext();
    const parent = await parentContext.newPage();
    await signInAs(parent, obrienCase.parent.email);
    await searchCase(parent, word);
    const hits = parent.getByTestId('search-hit');
    await expect(hits).toHaveCount(2);
    await expect(parent.getByRole('main')).not.toContainText('incomplete');
    await expect(hits.filter({ hasText: 'Note' })).toContainText('follow-up');
    await checkPage(parent, 'records-search-parent');
    await parentContext.close();
  });

  await test.step('a search that is too long keeps what was typed and says why', async () => {
    await advocate.goto(`/cases/${obrienCase.id}/search`);
    await hydrated(advocate);
    await advocate.getByLabel('Words to find').fill('x'.repeat(201));
    await advocate.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(advocate.getByText('Use at most 200 characters.')).toBeVisible();
    await expect(advocate.getByLabel('Words to find')).toHaveValue('x'.repeat(201));
  });
  await advocateContext.close();
});
