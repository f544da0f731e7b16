import { expect, test } from '@playwright/test';
import { checkPage, hydrated, open } from './support';
import { bytesOf, docxText, draftLetter, lettersCase, signInTo } from './support-letters';

const lettersPath = `/cases/${lettersCase.id}/letters`;

test('an advocate drafts a records request in Spanish, edits it, downloads it and marks it final', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const marker = `E2E ${Date.now()}`;

  await test.step('the case page links to its letters', async () => {
    await signInTo(page, `/cases/${lettersCase.id}`);
    await page.getByRole('link', { name: 'Letters', exact: true }).click();
    await expect(page).toHaveURL(lettersPath);
    await expect(
      page.getByRole('heading', { level: 1, name: `Letters: ${lettersCase.studentName}` }),
    ).toBeVisible();
    // Each template is offered with its plain-language purpose.
    await expect(
      page.getByRole('radio', { name: 'Request to inspect and review education records' }),
    ).toBeVisible();
    await hydrated(page);
    await checkPage(page, 'letters-list');
  });

  await test.step('a template with a fact the records lack names it and highlights the field', async () => {
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('Choose a template.')).toBeVisible();
    await page.getByRole('radio', { name: 'Request for prior written notice' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(
      page.getByRole('heading', { name: 'Facts for the letter: Request for prior written notice' }),
    ).toBeVisible();
    const missing = page.getByTestId('letters-missing');
    await expect(
      missing.getByRole('link', { name: "The district's decision or proposal" }),
    ).toBeVisible();
    const decision = page.getByLabel("The district's decision or proposal");
    await expect(decision).toHaveAttribute('aria-invalid', 'true');
    await expect(decision).toHaveAccessibleDescription(/Required for this letter/);
    await hydrated(page);
    await checkPage(page, 'letters-facts-missing');
  });

  await test.step('the records request in Spanish opens with the case facts prefilled', async () => {
    await page.getByRole('link', { name: 'Choose another template or language' }).click();
    await page
      .getByRole('radio', { name: 'Request to inspect and review education records' })
      .check();
    await page.getByRole('radio', { name: 'Spanish' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/template=records_request&lang=ES/);
    await expect(page.getByLabel("Student's name")).toHaveValue(lettersCase.studentName);
    await expect(page.getByRole('textbox', { name: 'School district', exact: true })).toHaveValue(
      lettersCase.district,
    );
    await expect(page.getByLabel("Parent's name")).toHaveValue(lettersCase.parentName);
    await expect(page.getByLabel('Date of the letter')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByTestId('letters-missing')).toHaveCount(0);
    await hydrated(page);
    await checkPage(page, 'letters-facts');
    await page
      .getByLabel('Particular records wanted (otherwise a standard list)')
      .fill(`Informe de evaluación ${marker}\nNotas de progreso`);
    await page.getByRole('button', { name: 'Draft the letter' }).click();
    await expect(page).toHaveURL(new RegExp(`${lettersPath}/[0-9a-f-]{36}$`));
  });

  await test.step('the letter shows as it will print, in Spanish, as version 1', async () => {
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Solicitud para revisar el expediente educativo',
      }),
    ).toBeVisible();
    await expect(page.getByTestId('letter-status')).toHaveText('Status: Draft');
    const letter = page.getByRole('article');
    await expect(letter).toHaveAttribute('lang', 'es');
    await expect(letter).toContainText(lettersCase.studentName);
    await expect(letter.getByRole('listitem').filter({ hasText: marker })).toBeVisible();
    await expect(page.getByTestId('letter-version')).toHaveCount(1);
    await hydrated(page);
    await checkPage(page, 'letters-letter');
  });

  await test.step('an edited paragraph is saved as version 2, version 1 kept', async () => {
    const edited = `Párrafo editado en la prueba ${marker}.`;
    await page.getByLabel('Paragraph 1', { exact: true }).fill(edited);
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect(page.getByTestId('letter-version')).toHaveCount(2);
    await expect(page.getByTestId('letter-meta')).toContainText('version 2');
    await expect(page.getByRole('article')).toContainText(edited);
    await expect(page.getByLabel('Paragraph 1', { exact: true })).toHaveValue(edited);

    await page.getByRole('link', { name: 'View version 1' }).click();
    await expect(page).toHaveURL(/\?version=1$/);
    await expect(
      page.getByText('You are viewing version 1. The current version is 2.'),
    ).toBeVisible();
    await expect(page.getByRole('article')).not.toContainText(edited);
    await expect(page.getByRole('button', { name: 'Save as a new version' })).toHaveCount(0);
    await hydrated(page);
    await checkPage(page, 'letters-version');
    await page.getByRole('link', { name: 'View the current version' }).click();
    await expect(page.getByRole('article')).toContainText(edited);
    await hydrated(page);
  });

  await test.step('the DOCX and PDF download through the portal', async () => {
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download DOCX' }).click(),
    ]);
    expect(docx.suggestedFilename()).toBe('Solicitud para revisar el expediente educativo v2.docx');
    expect((await bytesOf(docx)).subarray(0, 2).toString('latin1')).toBe('PK');

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('Solicitud para revisar el expediente educativo v2.pdf');
    expect((await bytesOf(pdf)).subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  await test.step('a copy is saved into the case documents', async () => {
    await page.getByRole('radio', { name: 'PDF' }).check();
    await page.getByRole('button', { name: 'Save to documents' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: "Saved to the case's documents as “Solicitud para revisar" })
        // The inline message; the toast says the same.
        .first(),
    ).toContainText(/\.pdf”/);
  });

  await test.step('marked final, it can no longer be edited and the list says so', async () => {
    await page.getByRole('button', { name: 'Mark final' }).click();
    await expect(page.getByTestId('letter-status')).toHaveText('Status: Final');
    await expect(page.getByRole('button', { name: 'Save as a new version' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reopen as a draft' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete draft' })).toHaveCount(0);
    await hydrated(page);
    await checkPage(page, 'letters-letter-final');
    const letterUrl = new URL(page.url()).pathname;
    await open(page, lettersPath);
    const row = page.getByRole('row').filter({ has: page.locator(`a[href="${letterUrl}"]`) });
    await expect(row).toContainText('Final');
    await expect(row).toContainText('Spanish');
    await expect(row.getByRole('cell').nth(3)).toHaveText('2');
  });
});

test('a save over a newer version is refused and explained, and a draft can be deleted', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signInTo(page, lettersPath);
  await draftLetter(page, 'Request to inspect and review education records', 'English');
  const letterUrl = page.url();

  // A colleague saves first, in another tab.
  const other = await context.newPage();
  await open(other, letterUrl);
  await other.getByLabel('Paragraph 1', { exact: true }).fill('The colleague’s wording.');
  await other.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(other.getByTestId('letter-version')).toHaveCount(2);
  await other.close();

  await page.getByLabel('Paragraph 1', { exact: true }).fill('My stale wording.');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Someone saved a newer version while you were editing' }),
  ).toBeVisible();
  await expect(page.getByRole('article')).toContainText('The colleague’s wording.');
  await expect(page.getByRole('article')).not.toContainText('My stale wording.');
  await expect(page.getByTestId('letter-version')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete draft' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Tick the box to confirm the deletion.' }),
  ).toBeVisible();
  await page.getByLabel('Yes, delete this draft and all its versions').check();
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await expect(page).toHaveURL(`${lettersPath}?deleted=1`);
  await expect(
    page.getByRole('status').filter({ hasText: 'The draft was deleted.' }),
  ).toBeVisible();
  await expect(page.locator(`a[href="${new URL(letterUrl).pathname}"]`)).toHaveCount(0);
  await open(page, new URL(letterUrl).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('an advocate adds a paragraph, moves it up and saves; the letter and its DOCX keep the order', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInTo(page, lettersPath);
  await draftLetter(page, 'Request to inspect and review education records', 'English');
  const first = await page.getByLabel('Paragraph 1', { exact: true }).inputValue();
  const added = `A paragraph added in the test ${Date.now()}.`;
  const status = page.getByTestId('letter-editor-status');

  await test.step('the new paragraph opens below the one chosen, with focus in it', async () => {
    await page.getByRole('button', { name: 'Add a paragraph below (Paragraph 1)' }).click();
    const second = page.getByLabel('Paragraph 2', { exact: true });
    await expect(second).toBeFocused();
    await expect(second).toHaveValue('');
    await expect(status).toHaveText(/^Paragraph 2 added\./);
    await expect(page.getByText('Your changes are not saved yet')).toBeVisible();
    await page.keyboard.type(added);
  });

  await test.step('moved up, it becomes paragraph 1 and keeps focus and text', async () => {
    await page.getByRole('button', { name: 'Move up (Paragraph 2)' }).click();
    await expect(page.getByLabel('Paragraph 1', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Paragraph 1', { exact: true })).toHaveValue(added);
    await expect(page.getByLabel('Paragraph 2', { exact: true })).toHaveValue(first);
    await expect(status).toHaveText('Paragraph moved up: it is now paragraph 1.');
    // Nothing is saved until Save: the letter as it prints is still version 1.
    await expect(page.getByRole('article')).not.toContainText(added);
    await expect(page.getByTestId('letter-version')).toHaveCount(1);
    await checkPage(page, 'letters-editor-unsaved');
  });

  await test.step('saved, the letter prints the new paragraph first', async () => {
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect(page.getByTestId('letter-version')).toHaveCount(2);
    await expect(page.getByText('Your changes are not saved yet')).toHaveCount(0);
    const printed = (await page.getByRole('article').textContent()) ?? '';
    expect(printed.indexOf(added)).toBeGreaterThan(-1);
    expect(printed.indexOf(added)).toBeLessThan(printed.indexOf(first));
    await expect(page.getByLabel('Paragraph 1', { exact: true })).toHaveValue(added);

    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download DOCX' }).click(),
    ]);
    const text = docxText(await bytesOf(docx));
    expect(text.indexOf(added)).toBeGreaterThan(-1);
    expect(text.indexOf(added)).toBeLessThan(text.indexOf(first));
  });

  await test.step('Enter in the title saves, and moves nothing', async () => {
    await page.getByLabel('Title', { exact: true }).fill('Records request, reordered');
    await page.getByLabel('Title', { exact: true }).press('Enter');
    await expect(page.getByTestId('letter-version')).toHaveCount(3);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Records request, reordered');
    await expect(page.getByLabel('Paragraph 1', { exact: true })).toHaveValue(added);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the facts form and the editor work as plain HTML forms', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/sign-in?redirectTo=${encodeURIComponent(lettersPath)}`);
    await page.getByLabel('Email address').fill('marcus.lee@riverside.example');
    await page.getByLabel('Password').fill('continuum-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(lettersPath);
    await page.getByRole('radio', { name: 'Request for an IEP meeting' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Concerns to address').fill('Reading progress\nSpeech services');
    await page.getByRole('button', { name: 'Draft the letter' }).click();
    await expect(page).toHaveURL(new RegExp(`${lettersPath}/[0-9a-f-]{36}$`));
    await expect(page.getByRole('article').getByText('Speech services')).toBeVisible();
    const removed = await page.getByLabel('Paragraph 1', { exact: true }).inputValue();
    await page.getByLabel('Remove this paragraph (Paragraph 1)').check();

    // Adding and moving post the form and come back unsaved, with what was typed and ticked.
    const count = await page.getByRole('textbox', { name: /^Paragraph \d+$/ }).count();
    const closing = await page.getByLabel('Closing').inputValue();
    await page.getByRole('button', { name: 'Add a paragraph at the end' }).click();
    const added = page.getByLabel(`Paragraph ${count + 1}`, { exact: true });
    await expect(added).toBeFocused();
    await expect(page.getByLabel('Remove this paragraph (Paragraph 1)')).toBeChecked();
    await expect(page.getByText('Your changes are not saved yet')).toBeVisible();
    // Saved empty, it is refused next to its field, and nothing else is lost.
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect(added).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('This part of the letter cannot be empty.');
    await expect(page.getByLabel('Remove this paragraph (Paragraph 1)')).toBeChecked();
    await expect(page.getByTestId('letter-version')).toHaveCount(1);
    await added.fill('Added without JavaScript.');
    // At the end it follows the signature; one step up puts it before.
    await page.getByRole('button', { name: `Move up (Paragraph ${count + 1})` }).click();
    await expect(added).toBeFocused();
    await expect(added).toHaveValue('Added without JavaScript.');
    await expect(page.getByTestId('letter-version')).toHaveCount(1);

    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect(page.getByTestId('letter-version')).toHaveCount(2);
    const printed = (await page.getByRole('article').textContent()) ?? '';
    expect(printed.indexOf('Added without JavaScript.')).toBeGreaterThan(-1);
    expect(printed.indexOf('Added without JavaScript.')).toBeLessThan(printed.indexOf(closing));
    expect(printed).not.toContain(removed);
  });
});
