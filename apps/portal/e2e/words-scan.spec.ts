import { expect, test, type Page } from '@playwright/test';
import { fillMariasCase, internalCodes } from './support-words';

/**
 * Issue #12: no internal code on any page. For an advocate, an org admin and a parent, in
 * English and in Spanish, visits every page reachable by following the portal's own links
 * from the home page and scans each one's visible text for `snake_case` ids, audit action
 * codes and developer notation, reporting every page with every code found.
 */

const PASSWORD = 'continuum-demo';
const PEOPLE = [
  { role: 'advocate', email: 'marcus.lee@riverside.example' },
  { role: 'org admin', email: 'admin@riverside.example' },
  { role: 'parent', email: 'maria.gonzalez@example.com' },
] as const;

/** Files and actions, not pages: downloads, feeds, the proxy, signing out. */
const NOT_PAGES =
  /^\/(?:api|graphql|calendar\/|locale|sign-out)|\.(?:csv|pdf|ics|docx)(?:$|\?)|\/export\.|\/download\//;
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Pages of one route (a case, a document) differ in data only: two of each are enough. */
const PER_ROUTE = 2;
const MAX_PAGES = 70;

async function signIn(page: Page, email: string, locale: 'en' | 'es') {
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').origin;
  await page.context().addCookies([{ name: 'continuum_locale', value: locale, url: origin }]);
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: {
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
      variables: { e: email, p: PASSWORD },
    },
  });
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
}

async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin)
    .map((url) => `${url.pathname}${url.search}`)
    .filter((path) => !NOT_PAGES.test(path));
}

test.beforeAll(async ({ baseURL }) => {
  await fillMariasCase(baseURL!);
});

for (const person of PEOPLE) {
  for (const locale of ['en', 'es'] as const) {
    test(`no internal code on any page a ${person.role} reaches, in ${locale === 'en' ? 'English' : 'Spanish'}`, async ({
      page,
    }) => {
      test.setTimeout(600_000);
      await signIn(page, person.email, locale);
      const queue = ['/'];
      const seen = new Set<string>(queue);
      const perRoute = new Map<string, number>();
      const found: string[] = [];
      const visitedPaths: string[] = [];
      let visited = 0;
      while (queue.length > 0 && visited < MAX_PAGES) {
        const path = queue.shift()!;
        const route = path.split('?')[0]!.replace(ID, ':id');
        if ((perRoute.get(route) ?? 0) >= PER_ROUTE) continue;
        perRoute.set(route, (perRoute.get(route) ?? 0) + 1);
        const response = await page.goto(path);
        visited += 1;
        visitedPaths.push(path);
        if (!response?.headers()['content-type']?.startsWith('text/html')) continue;
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        const codes = [...new Set(internalCodes(await page.locator('body').innerText()))];
        if (codes.length > 0) found.push(`${path}: ${codes.join(', ')}`);
        for (const link of await linksOn(page)) {
          if (seen.has(link)) continue;
          seen.add(link);
          queue.push(link);
        }
      }
      test.info().annotations.push({ type: 'pages', description: visitedPaths.join(' ') });
      // The walk reached the pages that matter for this person, not just the home page.
      expect(visited).toBeGreaterThan(person.role === 'parent' ? 3 : 8);
      expect(found, `pages showing internal codes (${person.role}, ${locale})`).toEqual([]);
    });
  }
}
