import { guideSlugs, listStates } from '@continuum/rules';

/**
 * The public pages, each listed once in English and once in Spanish by the sitemap
 * (routes/sitemap.xml). A public page renders with `PublicHead` (title, description, canonical
 * address and its other language), works signed out and without JavaScript, and is read by
 * the reading-grade test. Pages with a path per state, guide or organization list theirs here
 * too, from the data that makes them.
 */
// `fetch` is the request's own (SvelteKit's), for pages made from the API's data.
// eslint-disable-next-line @typescript-eslint/require-await, @typescript-eslint/no-unused-vars -- organizations' pages will come from the API
export async function publicPaths(fetch: typeof globalThis.fetch): Promise<string[]> {
  return [
    '/',
    '/glossary',
    '/guide',
    '/parent-centers',
    '/guides',
    ...guideSlugs.map((slug) => `/guides/${slug}`),
    '/rights',
    ...listStates().map((s) => `/rights/${s.code.toLowerCase()}`),
  ];
}

/**
 * Whether a path (without its language prefix) is a public page, so the language switch moves
 * to its address in the other language rather than only changing the remembered choice.
 */
export function isPublicPath(path: string): boolean {
  return (
    path === '/' ||
    PUBLIC_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
  );
}

// `/get-help`, `/sign-up` and the assessment's later steps carry a family's answers or a token: public (the language switch
// moves to the other address) but not in the sitemap.
const PUBLIC_PREFIXES = [
  '/glossary',
  '/get-help',
  '/sign-up',
  '/guide',
  '/guides',
  '/rights',
  '/parent-centers',
];
