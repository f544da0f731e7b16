import { expect, test, type Page } from '@playwright/test';
import {
  NATIONAL_PARENT_CENTER_DIRECTORY,
  parentCentersFor,
  renderRulesMessage,
} from '@continuum/rules';
import { checkPage } from './support';

/*
 * "Find your Parent Center" (issue 14), signed out: organizations using Continuum that serve
 * the state first, then the rules package's directory for it. Names and words come from
 * @continuum/rules, so the test checks the page shows what the rules say.
 */

const arizona = parentCentersFor('AZ');
// Nebraska: the research found no confirmed center (and lists none).
const nebraska = parentCentersFor('NE');

async function expectArizona(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  // Riverside (serves AZ, published by the demo) first, then the directory's centers in order.
  await expect(page.getByTestId('center').locator('h3')).toHaveText([
    'Riverside Parent Center',
    ...arizona.centers.map((c) => c.name),
  ]);
  const riverside = page.getByTestId('centers-organizations').getByTestId('center');
  await expect(riverside.getByRole('link', { name: 'Riverside Parent Center' })).toHaveAttribute(
    'href',
    page.url().includes('/es/') ? '/es/o/riverside' : '/o/riverside',
  );
  await expect(riverside).toContainText('help@riverside.example');
  const first = page.getByTestId('centers-directory').getByTestId('center').first();
  await expect(first.locator(`a[href="${arizona.centers[0]!.source}"]`)).toBeVisible();
  // Summit serves New York only.
  await expect(page.getByText('Summit Advocacy')).toHaveCount(0);
}

test('Arizona lists Riverside first, then the directory’s Arizona centers with source and confidence', async ({
  page,
}) => {
  expect(arizona.centers.length).toBeGreaterThan(0);
  await page.goto('/parent-centers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find your Parent Center');
  await checkPage(page, 'parent-centers-en');
  await page.getByRole('combobox', { name: 'Your state' }).selectOption({ label: 'Arizona' });
  await page.getByRole('button', { name: 'Show who can help' }).click();
  await expect(page).toHaveURL('/parent-centers?state=AZ');
  await expect(page.getByRole('combobox', { name: 'Your state' })).toHaveValue('AZ');
  await expectArizona(page, 'Parent Centers in Arizona');
  await expect(page.getByTestId('centers-directory').getByTestId('center').first()).toContainText(
    arizona.centers[0]!.confidence === 'confirmed' ? 'How sure we are: sure.' : 'How sure we are:',
  );
  await checkPage(page, 'parent-centers-az-en');

  await page.goto('/es/parent-centers?state=az');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectArizona(page, 'Centros de Padres en Arizona');
  await checkPage(page, 'parent-centers-az-es');
});

test('a state with no confirmed center says so and links the national directory', async ({
  page,
}) => {
  expect(nebraska.hasConfirmedCenter).toBe(false);
  await page.goto('/parent-centers?state=NE');
  const none = page.getByTestId('centers-none-confirmed');
  await expect(none).toContainText(renderRulesMessage(nebraska.message!, 'en')!);
  await expect(none.getByRole('link')).toHaveAttribute(
    'href',
    NATIONAL_PARENT_CENTER_DIRECTORY.url,
  );
  await expect(page.getByTestId('centers-organizations')).toHaveCount(0);
  await checkPage(page, 'parent-centers-ne-en');

  // A state that is not one is said so beside the choice.
  await page.goto('/parent-centers?state=ZZ');
  await expect(
    page.getByText('We do not know that state. Choose one from the list.'),
  ).toBeVisible();

  await page.goto('/es/parent-centers?state=NE');
  await expect(page.getByTestId('centers-none-confirmed')).toContainText(
    renderRulesMessage(nebraska.message!, 'es')!,
  );
  await checkPage(page, 'parent-centers-ne-es');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the state form works as a plain GET form', async ({ page }) => {
    await page.goto('/es/parent-centers');
    await page.getByRole('combobox', { name: 'Su estado' }).selectOption({ label: 'Arizona' });
    await page.getByRole('button', { name: 'Ver quién ayuda' }).click();
    await expect(page).toHaveURL('/es/parent-centers?state=AZ');
    await expectArizona(page, 'Centros de Padres en Arizona');
  });
});
