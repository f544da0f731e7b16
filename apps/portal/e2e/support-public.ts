import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { demoToday } from './support';

/** An Arizona family's assessment answers, as the pages that carry them receive them. */
const ARIZONA_ANSWERS = new URLSearchParams({
  state: 'AZ',
  plan_type: 'iep',
  issues: 'evaluation_refused',
  has_decision_date: 'yes',
  district_decision_date: demoToday(20),
  written_notice: 'no',
  open_to_negotiation: 'yes',
  urgency: 'high',
}).toString();

/**
 * Public pages that are not in the sitemap because their address carries a family's answers
 * or a token (they render with `noindex`), each given once in English: the tests visit its
 * `/es` address too.
 */
export const PUBLIC_PAGES_NOT_IN_SITEMAP: readonly string[] = [
  `/get-help?${ARIZONA_ANSWERS}`,
  '/get-help/sent',
  '/sign-up/confirm',
  `/guide/result?${ARIZONA_ANSWERS}`,
  '/guide?state=AZ&answered=1',
  '/parent-centers?state=AZ',
  '/o/riverside/embed',
];

/** Every address the sitemap lists (both languages), as paths on this portal. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const url = new URL((match[1] ?? '').replace(/&amp;/g, '&'));
    return `${url.pathname}${url.search}`;
  });
  expect(paths.length, 'the sitemap lists pages').toBeGreaterThan(0);
  return paths;
}

/** Every public page to check: the sitemap's, and the unlisted ones in both languages. */
export async function allPublicPaths(request: APIRequestContext): Promise<string[]> {
  const unlisted = PUBLIC_PAGES_NOT_IN_SITEMAP.flatMap((path) => [path, `/es${path}`]);
  return [...new Set([...(await sitemapPaths(request)), ...unlisted])];
}

/**
 * Opens a public page as someone arriving from a search result: no remembered language (a
 * Spanish address visited earlier sets one, and a bare address would then answer in Spanish),
 * so the address alone decides the language, which the page must then declare.
 */
export async function openAsNewReader(page: Page, path: string): Promise<void> {
  await page.context().clearCookies();
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', localeOf(path));
}

export function localeOf(path: string): 'en' | 'es' {
  return path === '/es' || path.startsWith('/es/') || path.startsWith('/es?') ? 'es' : 'en';
}

/**
 * Elements whose text is not prose a parent reads as sentences: citations (`<cite>`, and the
 * `.basis`/`data-not-prose` lines that list statutes or names, such as the list of states),
 * code-like text, a select's choices (state names, read as names), and anything hidden.
 */
const NOT_PROSE =
  'cite, code, pre, kbd, samp, select, [data-not-prose], [hidden], [aria-hidden="true"]';

/**
 * Tokens that are addresses or references rather than words. The formulas count a number as
 * one syllable per digit ("2027" is four), a fair price for a date or a count of days, but a
 * citation ("34 CFR 300.503", "A.R.S. § 15-766", "115C-109.6(b)"), a phone number or a web
 * address is looked up, not read aloud, and would weigh as a long word in a long sentence.
 */
const NOT_WORDS: readonly RegExp[] = [
  /https?:\/\/\S+|www\.\S+/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
  /\b\d+\s+(?:CFR|C\.F\.R\.|U\.S\.C\.|USC)\s*(?:§+\s*)?[\w.()-]+(?:\s*[-–]\s*[\w.()]+)?/g,
  /§+\s*[\w.()-]+/g,
  /\b\d+[A-Za-z]*(?:[.-]\d+[A-Za-z]*)+(?:\([A-Za-z0-9]+\))*/g,
];

/**
 * The prose of a page's `main` element as a reader meets it: its rendered text (so text that
 * is not displayed is not counted), citations and code-like tokens removed, and each line
 * (a heading, a list item, a link, a table cell) taken as a sentence of its own: a heading
 * with no full stop is read alone, not run into the next paragraph.
 */
export async function mainProse(page: Page): Promise<string> {
  const text = await page.locator('main').evaluate((main, notProse) => {
    const style = document.createElement('style');
    style.textContent = `:is(${notProse}) { display: none !important; }`;
    document.head.append(style);
    try {
      return (main as HTMLElement).innerText;
    } finally {
      style.remove();
    }
  }, NOT_PROSE);
  const cleaned = NOT_WORDS.reduce((prose, pattern) => prose.replace(pattern, ' '), text);
  return cleaned
    .split(/\n|\t/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /[\p{L}]/u.test(line))
    .map((line) => (/[.!?:;]$/.test(line) ? line : `${line}.`))
    .join(' ');
}
