import { expect, test, type Browser, type Page } from '@playwright/test';
import { checkPage, demoAdmin, hydrated, signIn } from './support';

/**
 * The portal is opened as http://127.0.0.1:<port> and as http://localhost:<port> (`npm start`
 * prints localhost, the portal listens on 127.0.0.1): form posts from both are its own
 * (PORTAL_ORIGINS in playwright.config.ts, as scripts/start.mjs sets it). A form posted from
 * any other site is refused with a page that says why and what to do, in the person's language.
 */

/** The portal at 127.0.0.1 (the config's baseURL, also its ORIGIN) and at localhost. */
function portalAddresses(baseURL: string | undefined): string[] {
  const served = new URL(baseURL ?? '');
  const localhost = new URL(served);
  localhost.hostname = 'localhost';
  return [served.origin, localhost.origin];
}

const FOREIGN = 'http://forms.other-site.example';

async function signInAt(browser: Browser, address: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ baseURL: address, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto('/sign-in');
  if (javaScriptEnabled) await hydrated(page);
  await signIn(page, demoAdmin.email, demoAdmin.password);

  await expect(page).toHaveURL(`${address}/`);
  await expect(page.getByTestId('session')).toContainText(
    `Signed in as ${demoAdmin.name} (${demoAdmin.email})`,
  );
  await page.reload();
  await expect(page.getByTestId('session')).toContainText(`Signed in as ${demoAdmin.name}`);
  // The API's cookie, passed through the portal, belongs to the host the person used; over
  // plain HTTP outside production it is not `Secure`, or the browser would drop it.
  const cookies = await context.cookies(address);
  const session = cookies.find((cookie) => cookie.name === 'continuum_session');
  expect(session).toMatchObject({
    domain: new URL(address).hostname,
    httpOnly: true,
    secure: false,
    sameSite: 'Lax',
  });
  await context.close();
}

test('the demo admin signs in at 127.0.0.1 and at localhost, with and without JavaScript', async ({
  browser,
  baseURL,
}) => {
  for (const address of portalAddresses(baseURL)) {
    await test.step(`at ${address}`, () => signInAt(browser, address, true));
    await test.step(`at ${address}, without JavaScript`, () => signInAt(browser, address, false));
  }
});

/** Opens a page of another site whose form posts the demo admin's sign-in to the portal. */
async function openForgedForm(page: Page, portal: string): Promise<void> {
  await page.route(`${FOREIGN}/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Another site</title>
        <form method="post" action="${portal}/sign-in">
          <input type="hidden" name="email" value="${demoAdmin.email}">
          <input type="hidden" name="password" value="${demoAdmin.password}">
          <button>Send</button>
        </form></html>`,
    }),
  );
  await page.goto(`${FOREIGN}/`);
}

for (const { locale, heading, next } of [
  {
    locale: 'en-US',
    heading: 'This form could not be sent from this address',
    next: 'Open Continuum at',
  },
  {
    locale: 'es-ES',
    heading: 'No se pudo enviar este formulario desde esta dirección',
    next: 'Abra Continuum en',
  },
]) {
  test(`a form posted from another site is refused with a page that says what to do (${locale})`, async ({
    browser,
    baseURL,
  }) => {
    const [portal] = portalAddresses(baseURL);
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openForgedForm(page, portal!);

    const [answer] = await Promise.all([
      page.waitForResponse(`${portal}/sign-in`),
      page.getByRole('button', { name: 'Send' }).click(),
    ]);

    expect(answer.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText(`${next} ${portal}`)).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${heading}`));
    await checkPage(page, `form-refused-${locale}`);
    // The action never ran: nobody was signed in.
    const cookies = await context.cookies(portal);
    expect(cookies.find((cookie) => cookie.name === 'continuum_session')).toBeUndefined();
    await page
      .getByRole('link', { name: locale === 'es-ES' ? 'Ir a Continuum' : 'Go to Continuum' })
      .click();
    await expect(page).toHaveURL(`${portal}/`);
    await context.close();
  });
}

test('an enhanced form posted from an address the portal does not serve shows the same page', async ({
  page,
  baseURL,
}) => {
  const [portal] = portalAddresses(baseURL);
  // The same server, reached by its IPv4-mapped IPv6 address: not an origin it serves.
  const other = new URL(portal!);
  other.hostname = '[::ffff:127.0.0.1]';
  await page.goto(`${other.origin}/sign-in`);
  await hydrated(page);
  await signIn(page, demoAdmin.email, demoAdmin.password);

  await expect(
    page.getByRole('heading', { level: 1, name: 'This form could not be sent from this address' }),
  ).toBeVisible();
  await expect(page.getByText(`Open Continuum at ${portal}`)).toBeVisible();
  await expect(page.getByTestId('session')).toHaveCount(0);
  await checkPage(page, 'form-refused-enhanced');
});
