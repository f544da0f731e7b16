import type { Locale } from '$lib/paraglide/runtime';

/**
 * Spanish pages have addresses of their own (`/es/guide`), so a link, a search result or a
 * printed address opens in the language it was shared in, and each page can name its other
 * language (`hreflang`). English keeps the bare path. Any path may carry the prefix: the
 * reroute hook serves `/es/x` with the route for `/x`. Without the prefix the person's choice
 * (cookie, then the browser's languages) decides, as it always has.
 */
const SPANISH_PREFIX = '/es';

/** `es` when the path carries the Spanish prefix, otherwise undefined (no opinion). */
export function localeFromPath(pathname: string): Locale | undefined {
  return pathname === SPANISH_PREFIX || pathname.startsWith(`${SPANISH_PREFIX}/`)
    ? 'es'
    : undefined;
}

/** The path without its language prefix: `/es/guide` → `/guide`, `/es` → `/`. */
export function withoutLocale(pathname: string): string {
  if (localeFromPath(pathname) === undefined) return pathname;
  return pathname.slice(SPANISH_PREFIX.length) || '/';
}

/**
 * The address of a path in a language: `localizedPath('/guide', 'es')` is `/es/guide`.
 * A query or fragment is kept.
 */
export function localizedPath(path: string, locale: Locale): string {
  const cut = path.search(/[?#]/);
  const pathname = cut === -1 ? path : path.slice(0, cut);
  const rest = cut === -1 ? '' : path.slice(cut);
  const bare = withoutLocale(pathname);
  if (locale !== 'es') return `${bare}${rest}`;
  return `${bare === '/' ? SPANISH_PREFIX : `${SPANISH_PREFIX}${bare}`}${rest}`;
}
