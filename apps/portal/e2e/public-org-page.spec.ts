import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { checkPage, hydrated } from './support';
import { riversideAdmin, signInAs } from './support-account';

/*
 * An organization's public intake page and its embedded version, signed out, and the org
 * admin's settings that edit and switch it (issue 14). Riverside is published by the demo
 * seed: California and Arizona, English and Spanish, color #1f5f8b.
 */

const RIVERSIDE_BLUE = 'rgb(31, 95, 139)';

async function expectRiversideDetails(
  page: Page,
  words: {
    states: string;
    languages: string;
    contact: string;
    languageNames: string[];
  },
) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riverside Parent Center');
  await expect(page.getByRole('heading', { level: 2, name: words.states })).toBeVisible();
  await expect(page.getByTestId('org-states').getByRole('listitem')).toHaveText([
    'California',
    'Arizona',
  ]);
  await expect(page.getByTestId('org-counties')).toContainText('Maricopa (AZ)');
  await expect(page.getByRole('heading', { level: 2, name: words.languages })).toBeVisible();
  await expect(page.getByTestId('org-languages').getByRole('listitem')).toHaveText(
    words.languageNames,
  );
  await expect(page.getByRole('heading', { level: 2, name: words.contact })).toBeVisible();
  const contact = page.getByTestId('org-contact');
  await expect(contact.getByRole('link', { name: '(555) 010-2400' })).toHaveAttribute(
    'href',
    'tel:5550102400',
  );
  await expect(contact.getByRole('link', { name: 'help@riverside.example' })).toHaveAttribute(
    'href',
    'mailto:help@riverside.example',
  );
  await expect(contact).toContainText('1200 Main Street, Riverside, CA 92501');
}

test('signed out, Riverside’s page shows its details and starts the assessment with it, in English and Spanish', async ({
  page,
}) => {
  await page.goto('/o/riverside');
  await expect(page).toHaveTitle(/Riverside Parent Center/);
  await expectRiversideDetails(page, {
    states: 'States we serve',
    languages: 'Languages we speak',
    contact: 'How to reach us',
    languageNames: ['English', 'Spanish'],
  });
  await expect(page.getByRole('link', { name: 'Get guidance' })).toHaveAttribute(
    'href',
    '/guide?org=riverside',
  );
  await expect(page.getByRole('link', { name: 'Save my answers and get help' })).toHaveAttribute(
    'href',
    '/get-help?org=riverside',
  );
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
    'href',
    /\/es\/o\/riverside$/,
  );
  await checkPage(page, 'org-page-en');

  await page.goto('/es/o/riverside');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectRiversideDetails(page, {
    states: 'Estados donde trabajamos',
    languages: 'Idiomas que hablamos',
    contact: 'Cómo contactarnos',
    languageNames: ['Inglés', 'Español'],
  });
  await expect(page.getByRole('link', { name: 'Obtener orientación' })).toHaveAttribute(
    'href',
    '/es/guide?org=riverside',
  );
  await expect(
    page.getByRole('link', { name: 'Guardar mis respuestas y pedir ayuda' }),
  ).toHaveAttribute('href', '/es/get-help?org=riverside');
  await checkPage(page, 'org-page-es');

  // Published pages and the finder are in the sitemap, in both languages.
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  for (const path of ['/o/riverside', '/es/o/riverside', '/o/summit', '/parent-centers'])
    expect(sitemap).toContain(`${new URL(path, page.url()).href}</loc>`);
  expect(sitemap).not.toContain('/embed');
});

test('an unknown organization’s page is a 404 in the reader’s language', async ({ page }) => {
  const english = await page.goto('/o/unknown');
  expect(english?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find this page');
  await expect(
    page.getByRole('link', { name: 'Find a Parent Center for your state' }),
  ).toHaveAttribute('href', '/parent-centers');
  await checkPage(page, 'org-page-unknown-en');

  const spanish = await page.goto('/es/o/unknown/embed');
  expect(spanish?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos esta página');
  await checkPage(page, 'org-page-unknown-es');
});

test('the embedded page may be framed by another site, the main pages may not; it carries Riverside’s color and opens links in a new tab', async ({
  page,
  baseURL,
}) => {
  const embed = await page.request.get('/o/riverside/embed');
  expect(embed.status()).toBe(200);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  for (const path of ['/o/riverside', '/parent-centers', '/']) {
    const main = await page.request.get(path);
    expect(main.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }

  // A Parent Center's own website: a real server of the test's, on another port (origin),
  // whose page frames both.
  const website = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>Our site</title>
      <iframe title="embed" src="${baseURL}/o/riverside/embed"></iframe>
      <iframe title="main" src="${baseURL}/o/riverside"></iframe></html>`);
  });
  await new Promise<void>((done) => website.listen(0, '127.0.0.1', done));
  const site = `http://127.0.0.1:${(website.address() as AddressInfo).port}/`;
  const refused = page.waitForEvent('console', (message) =>
    /frame-ancestors 'none'/.test(message.text()),
  );
  await page.goto(site);
  const framed = page.frameLocator('iframe[title="embed"]');
  await expect(framed.getByRole('heading', { level: 1 })).toHaveText('Riverside Parent Center');
  await expect(framed.getByTestId('org-embed').locator('.embed__band')).toHaveCSS(
    'background-color',
    RIVERSIDE_BLUE,
  );
  await refused;
  website.closeAllConnections();
  await new Promise((done) => website.close(done));
  await expect(
    page
      .frameLocator('iframe[title="main"]')
      .getByRole('heading', { name: 'Riverside Parent Center' }),
  ).toHaveCount(0);

  await page.goto('/o/riverside/embed');
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.locator('.embed__band')).toHaveCSS('background-color', RIVERSIDE_BLUE);
  const webLinks = page.getByTestId('org-embed').locator('a[href^="/"], a[href^="http"]');
  expect(await webLinks.count()).toBeGreaterThanOrEqual(4);
  for (const link of await webLinks.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
  await expect(page.getByRole('link', { name: /Get guidance/ })).toHaveAttribute(
    'href',
    '/guide?org=riverside',
  );
  await checkPage(page, 'org-page-embed');
});

test('the org admin edits the page, switches it off (a 404) and on again, and copies the embed code', async ({
  page,
  baseURL,
}) => {
  await signInAs(page, riversideAdmin.email);
  await page.goto('/organization');
  await hydrated(page);
  const settings = page.getByTestId('public-page-settings');
  await expect(settings.getByRole('heading', { level: 2, name: 'Public page' })).toBeVisible();
  await expect(settings.getByTestId('public-page-status')).toContainText('Your page is on.');
  await expect(settings.getByRole('link', { name: `${baseURL}/o/riverside` })).toBeVisible();
  await expect(settings.getByLabel('Code to copy')).toHaveValue(
    new RegExp(
      `^<iframe src="${baseURL}/o/riverside/embed" title="Riverside Parent Center: get help"`,
    ),
  );
  await checkPage(page, 'org-page-settings');

  // A bad color is refused beside its field, naming it.
  await settings.getByLabel('Color of your embedded page').fill('blue');
  await settings.getByRole('button', { name: 'Save the public page' }).click();
  await expect(
    page.getByRole('alert').getByRole('link', { name: /Enter a color as # and six hex digits/ }),
  ).toBeVisible();
  await expect(settings.getByLabel('Color of your embedded page')).toHaveAttribute(
    'aria-invalid',
    'true',
  );

  await settings.getByLabel('Color of your embedded page').fill('#1f5f8b');
  await settings
    .getByLabel('Counties you serve')
    .fill('Riverside (CA), San Bernardino (CA), Maricopa (AZ), Pima (AZ), Yuma (AZ)');
  await settings.getByRole('button', { name: 'Save the public page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Public page saved.' })).toBeVisible();
  await page.goto('/o/riverside');
  await expect(page.getByTestId('org-counties')).toContainText('Yuma (AZ)');

  await page.goto('/organization');
  await hydrated(page);
  await page.getByRole('button', { name: 'Switch the page off' }).click();
  await expect(settings.getByTestId('public-page-status')).toContainText('Your page is off.');
  const off = await page.goto('/o/riverside');
  expect(off?.status()).toBe(404);
  const offEmbed = await page.request.get('/o/riverside/embed');
  expect(offEmbed.status()).toBe(404);

  await page.goto('/organization');
  await hydrated(page);
  await page.getByRole('button', { name: 'Switch the page on' }).click();
  await expect(settings.getByTestId('public-page-status')).toContainText('Your page is on.');
  const on = await page.goto('/o/riverside');
  expect(on?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riverside Parent Center');
});
