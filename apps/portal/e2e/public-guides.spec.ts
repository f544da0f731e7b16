import { expect, test, type Page } from '@playwright/test';
import {
  GUIDES,
  findGuide,
  guideStateFacts,
  rightsCard,
  type GuideStateFact,
} from '@continuum/rules';
import { checkPage } from './support';
import { expectNoInternalCodes } from './support-words';

/*
 * The guides and rights cards, signed out (issue 14). Expected words and values come from
 * @continuum/rules itself, so the test checks the page shows what the rules say.
 */

/** Each fact the page shows: its label, its words, and its citation where it has one. */
async function expectFacts(page: Page, facts: readonly GuideStateFact[]): Promise<void> {
  const region = page.getByTestId('state-facts');
  for (const fact of facts) {
    const row = region.locator(`[data-fact="${fact.id}"]`);
    await expect(row.locator('dt')).toHaveText(fact.label);
    await expect(row.locator('.fact__text')).toHaveText(fact.text);
    if (fact.known && fact.source !== null) await expect(row).toContainText(fact.source);
    if (fact.known && fact.source === null && fact.sourceUrls[0]) {
      await expect(row.locator(`a[href="${fact.sourceUrls[0]}"]`)).toBeVisible();
    }
  }
}

for (const guide of GUIDES) {
  test(`the guide "${guide.slug}" reads in English and in Spanish`, async ({ page }) => {
    await page.goto(`/guides/${guide.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    for (const section of guide.sections) {
      await expect(page.locator(`section#${section.id} h2`)).toHaveText(section.heading.en);
    }
    await checkPage(page, `guide-${guide.slug}-en`);

    await page.goto(`/es/guides/${guide.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title.es);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator(`section#${guide.sections[0]!.id} p`).first()).toHaveText(
      guide.sections[0]!.paragraphs[0]!.es,
    );
    await checkPage(page, `guide-${guide.slug}-es`);
  });
}

test('choosing Arizona shows Arizona’s own facts with their citations', async ({ page }) => {
  const guide = findGuide('disagree-with-iep')!;
  await page.goto('/guides');
  await page.getByRole('link', { name: guide.title.en }).click();
  await expect(page).toHaveURL('/guides/disagree-with-iep');
  await expect(page.getByTestId('state-facts')).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Your state' }).selectOption({ label: 'Arizona' });
  await page.getByRole('button', { name: 'Show my state' }).click();
  await expect(page).toHaveURL('/guides/disagree-with-iep?state=AZ');
  await expect(page.getByRole('heading', { level: 2, name: 'Facts for Arizona' })).toBeVisible();
  const facts = guideStateFacts('AZ', guide.stateFacts, 'en');
  await expectFacts(page, facts);
  // Arizona's filing limit is the federal two years, with its rule; no objection window is known.
  const dueProcess = facts.find((f) => f.id === 'due_process_limit')!;
  expect(dueProcess.text).toContain('2 years');
  await expect(page.locator('[data-fact="due_process_limit"]')).toContainText(
    `Law: ${dueProcess.source}`,
  );
  await expect(page.locator('[data-fact="objection_window"] .fact__text')).toHaveText(
    "unknown — check your state's procedural safeguards notice",
  );
  await expect(page.getByRole('combobox', { name: 'Your state' })).toHaveValue('AZ');
  await checkPage(page, 'guide-disagree-arizona-en');

  // The evaluation clock and who hears cases, on the guide for a refusal.
  await page.goto('/guides/school-said-no?state=AZ');
  const refusal = guideStateFacts('AZ', findGuide('school-said-no')!.stateFacts, 'en');
  expect(refusal.find((f) => f.id === 'evaluation_timeline')?.text).toContain('60 days');
  expect(refusal.find((f) => f.id === 'hearing_body')?.text).toContain(
    'Arizona Office of Administrative Hearings',
  );
  await expectFacts(page, refusal);

  // An address with a state that does not exist says so, beside the choice.
  await page.goto('/guides/mediation?state=ZZ');
  await expect(
    page.getByText('We do not know that state. Choose one from the list.'),
  ).toBeVisible();
  await expect(page.getByTestId('state-facts')).toHaveCount(0);
  // A bare address follows the language last shown, so Spanish comes last.
  await page.goto('/es/guides/team-cannot-agree?state=AZ');
  await expectFacts(page, guideStateFacts('AZ', findGuide('team-cannot-agree')!.stateFacts, 'es'));
  await checkPage(page, 'guide-team-arizona-es');
});

test('a term links to its glossary entry, in English and in Spanish', async ({ page }) => {
  await page.goto('/guides/disagree-with-iep');
  const section = page.locator('section#objections');
  const pwn = section.getByRole('link', { name: 'prior written notice' });
  await expect(pwn).toHaveCount(1);
  await pwn.click();
  await expect(page).toHaveURL('/glossary#pwn');
  await expect(page.locator('dt#pwn')).toBeVisible();

  await page.goto('/es/guides/disagree-with-iep');
  // An acronym is named by what it stands for, too.
  const iee = page
    .locator('section#iee')
    .getByRole('link', { name: 'IEE, Evaluación educativa independiente' });
  await expect(iee).toHaveCount(1);
  await expect(iee.locator('abbr')).toHaveAttribute('title', 'Evaluación educativa independiente');
  await iee.click();
  await expect(page).toHaveURL('/es/glossary#iee');
  await expect(page.locator('dt#iee')).toBeVisible();
});

test('the Arizona rights card reads in Spanish and prints on one page', async ({ page }) => {
  await page.goto('/es/rights');
  await page.getByRole('link', { name: 'Arizona' }).click();
  await expect(page).toHaveURL('/es/rights/az');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Derechos de los padres en Arizona',
  );
  const card = rightsCard('AZ', 'es');
  for (const right of card.rights) {
    await expect(page.getByText(right.heading, { exact: true })).toBeVisible();
  }
  await expectFacts(page, card.facts);
  await expect(
    page.getByRole('region', { name: 'A quién acudir' }).getByText(card.agency!.join(', ')),
  ).toBeVisible();
  await checkPage(page, 'rights-az-es');

  // One sheet of letter paper.
  const pdf = await page.pdf({ format: 'Letter' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
});

test('the rights cards and guides are listed in the sitemap; other addresses are not found', async ({
  page,
  request,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('/guides/team-cannot-agree</loc>');
  expect(xml).toContain('/es/rights/az</loc>');
  expect(xml).toContain('/rights/dc</loc>');

  await page.goto('/rights');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(51);
  await checkPage(page, 'rights-index-en');
  await page.goto('/es/guides');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guías para familias');
  await checkPage(page, 'guides-index-es');

  expect((await page.goto('/guides/no-such-guide'))?.status()).toBe(404);
  expect((await page.goto('/rights/zz'))?.status()).toBe(404);
  expect((await page.goto('/rights/AZ'))?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the state choice is a plain form, and the rights card is served whole', async ({
    page,
  }) => {
    const guide = findGuide('team-cannot-agree')!;
    await page.goto('/es/guides/team-cannot-agree');
    await expect(page.getByRole('table')).toContainText(guide.comparison!.rows[2]!.option.es);
    await page.getByRole('combobox', { name: 'Su estado' }).selectOption('AZ');
    await page.getByRole('button', { name: 'Ver mi estado' }).click();
    await expect(page).toHaveURL('/es/guides/team-cannot-agree?state=AZ');
    await expectFacts(page, guideStateFacts('AZ', guide.stateFacts, 'es'));
    // axe runs as a script in the page, so these pages are checked with it above, with JavaScript.
    await expectNoInternalCodes(page, 'guide-team-arizona-es-nojs');

    await page.goto('/es/rights/az');
    await expectFacts(page, rightsCard('AZ', 'es').facts);
    await expectNoInternalCodes(page, 'rights-az-es-nojs');
  });
});
