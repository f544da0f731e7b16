import { expect, test } from '@playwright/test';
import { checkPage, hydrated } from './support';
import { bytesOf, draftLetter, signInTo, summitCase } from './support-letters';

test('a letter marked final appears on the family’s My case page, read-only, with downloads', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const marker = `Family E2E ${Date.now()}`;
  let sharedCount = 0;

  await test.step('the advocate drafts a letter and marks it final', async () => {
    await signInTo(page, `/cases/${summitCase.id}/letters`, summitCase.advocate);
    await draftLetter(
      page,
      'Request for an IEP meeting',
      'English',
      { 'Concerns to address': marker },
      summitCase.id,
    );
    await page.getByRole('button', { name: 'Mark final' }).click();
    await expect(page.getByTestId('letter-status')).toHaveText('Status: Final');
  });

  await test.step('the parent sees it and downloads the PDF', async () => {
    const parentContext = await browser.newContext();
    const parent = await parentContext.newPage();
    await signInTo(parent, '/my-case', summitCase.parent);
    const caseFile = parent.getByRole('region', { name: `${summitCase.studentName}'s case` });
    const letters = caseFile.getByRole('list', { name: 'Letters from your advocate' });
    const letter = letters
      .getByTestId('parent-letter')
      .filter({ hasText: 'Request for an IEP meeting' });
    await expect(letter.first()).toBeVisible();
    sharedCount = await letters.getByTestId('parent-letter').count();
    // Read-only: no editing or status controls for the family.
    await expect(parent.getByRole('button', { name: 'Save as a new version' })).toHaveCount(0);
    await hydrated(parent);
    await checkPage(parent, 'letters-family-my-case');
    const [pdf] = await Promise.all([
      parent.waitForEvent('download'),
      letter
        .first()
        .getByRole('link', { name: /^PDF of/ })
        .click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await bytesOf(pdf)).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // The advocates' pages stay closed to a parent.
    const response = await parent.goto(`/cases/${summitCase.id}/letters`);
    expect(response?.status()).toBe(403);
    await parentContext.close();
  });

  await test.step('reopened as a draft, it is no longer shared', async () => {
    await page.getByRole('button', { name: 'Reopen as a draft' }).click();
    await expect(page.getByTestId('letter-status')).toHaveText('Status: Draft');
    const parentContext = await browser.newContext();
    const parent = await parentContext.newPage();
    await signInTo(parent, '/my-case', summitCase.parent);
    await expect(parent.getByTestId('parent-letter')).toHaveCount(sharedCount - 1);
    await parentContext.close();
  });
});
