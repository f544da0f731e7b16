import { expect, test } from '@playwright/test';
import { checkPage } from './support';

test('signed out, the glossary explains each word with its law, in English and in Spanish, and every page links to it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Words and acronyms' }).click();
  await expect(page).toHaveURL('/glossary');
  await expect(page.getByRole('heading', { level: 1, name: 'Words and acronyms' })).toBeVisible();

  const pwn = page.locator('dt#pwn');
  await expect(pwn).toHaveText('Prior written notice (PWN)');
  const pwnDefinition = page.locator('dt#pwn + dd');
  await expect(pwnDefinition).toContainText('A letter the school must send before it does');
  await expect(pwnDefinition).toContainText('Law: 34 CFR 300.503');
  // The index jumps to the word.
  await page
    .getByRole('navigation', { name: 'Jump to a word' })
    .getByRole('link', { name: 'IEE' })
    .click();
  await expect(page).toHaveURL('/glossary#iee');
  await expect(page.locator('dt#facilitation + dd')).toContainText(
    'Not in federal law: each state sets its own rules.',
  );
  await checkPage(page, 'glossary-en');

  await page.getByRole('button', { name: 'Español' }).click();
  // A public page has a Spanish address of its own.
  await expect(page).toHaveURL('/es/glossary');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: 'Palabras y siglas' })).toBeVisible();
  // The reviewed Spanish legal terms (rules-corrections-2026-12.md).
  await expect(page.locator('dt#pwn')).toHaveText('Notificación previa por escrito');
  await expect(page.locator('dt#ocr')).toHaveText('Oficina para Derechos Civiles (OCR)');
  await expect(page.locator('dt#pwn + dd')).toContainText('Ley: 34 CFR 300.503');
  await checkPage(page, 'glossary-es');
  // Links stay at Spanish addresses; back to English moves to the English address.
  await expect(page.getByRole('contentinfo').getByRole('link')).toHaveAttribute(
    'href',
    '/es/glossary',
  );
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL('/glossary');
  await expect(page.getByRole('heading', { level: 1, name: 'Words and acronyms' })).toBeVisible();
});

test('each language has its own address, named by the other and listed in the sitemap', async ({
  page,
  request,
}) => {
  // An English browser opening the Spanish address reads Spanish: the address decides.
  await page.goto('/es/glossary');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: 'Palabras y siglas' })).toBeVisible();
  const origin = new URL(page.url()).origin;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${origin}/es/glossary`,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    `${origin}/glossary`,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
    'href',
    `${origin}/es/glossary`,
  );

  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.ok()).toBe(true);
  const xml = await sitemap.text();
  expect(xml).toContain(`<loc>${origin}/es/glossary</loc>`);
  expect(xml).toContain(`<loc>${origin}/glossary</loc>`);
  expect(xml).toContain(`hreflang="es" href="${origin}/es"`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the glossary is served whole by the server', async ({ page }) => {
    await page.goto('/glossary');
    await expect(page.locator('dt')).toHaveCount(20);
    await expect(page.locator('dt#iep + dd')).toContainText(
      'The written plan for a child in special education.',
    );
  });
});
