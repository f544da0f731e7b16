import { guideSlugs, listStates } from '@continuum/rules';
import { execute, PublicOrganizationsDocument } from '@continuum/graphql-client';

/**
 * The public pages, each listed once in English and once in Spanish by the sitemap
 * (routes/sitemap.xml). A public page renders with `PublicHead` (title, description, canonical
 * address and its other language), works signed out and without JavaScript, and is read by
 * the reading-grade test. Pages with a path per state, guide or organization list theirs here
 * too, from the data that makes them.
 */
// `fetch` is the request's own (SvelteKit's), for pages made from the API's data.
export async function publicPaths(fetch: typeof globalThis.fetch): Promise<string[]> {
  return [...STATIC_PATHS, ...(await publishedOrganizationPaths(fetch))];
}

/**
 * Each published organization's page (`/o/<slug>`; its embedded version is for frames, not
 * search). Without the API the sitemap still lists every page made from the rules.
 */
async function publishedOrganizationPaths(fetch: typeof globalThis.fetch): Promise<string[]> {
  try {
    const { data } = await execute(fetch, PublicOrganizationsDocument, { state: null });
    return data.publicOrganizations.map((o) => `/o/${o.slug}`);
  } catch {
    console.error('[portal] the sitemap could not list organizations: the API did not answer');
    return [];
  }
}

const STATIC_PATHS = [
  '/',
  '/glossary',
  '/guide',
  '/guides',
  ...guideSlugs.map((slug) => `/guides/${slug}`),
  '/parent-centers',
  '/rights',
  ...listStates().map((s) => `/rights/${s.code.toLowerCase()}`),
];

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
  '/o',
  '/parent-centers',
  '/rights',
];
