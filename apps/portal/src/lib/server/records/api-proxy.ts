import { json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL } from '$lib/server/api-url';

/**
 * Shared by the records routes that pass plain HTTP (uploads, downloads, the binder) to the
 * API: the browser only ever talks to the portal's origin, so the API's session cookie stays
 * first-party, as for /graphql.
 */

export function apiUrl(path: string): URL {
  return new URL(path, env.API_URL || DEFAULT_API_URL);
}

/** What the API needs from the browser's request: the session, and who is asking. */
export function forwardedHeaders(request: Request, clientAddress: string): Headers {
  const headers = new Headers();
  for (const name of ['cookie', 'accept-language', 'user-agent']) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // The API audits every upload and download with the address it came from (FERPA).
  headers.set('x-forwarded-for', clientAddress);
  return headers;
}

/** The headers a download needs to stay safe and named (the API's choices, passed on). */
const DOWNLOAD_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'cache-control',
  'x-content-type-options',
  'content-security-policy',
];

/** The API's answer as the portal's, headers limited to those a browser needs. */
export function passOn(upstream: Response, names: readonly string[] = DOWNLOAD_HEADERS): Response {
  const headers = new Headers();
  for (const name of names) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  for (const cookie of upstream.headers.getSetCookie()) headers.append('set-cookie', cookie);
  return new Response(upstream.body, { status: upstream.status, headers });
}

/** The same JSON error shape as the API's, for when the API cannot be reached. */
export function unreachable(): Response {
  return json(
    { code: 'API_UNAVAILABLE', message: 'The Continuum API is not reachable.' },
    { status: 502 },
  );
}

/** A download's `version` query value, passed on only when it looks like an id. */
export function versionQuery(url: URL): string {
  const version = url.searchParams.get('version');
  return version && /^[0-9a-f-]{36}$/i.test(version)
    ? `?version=${encodeURIComponent(version)}`
    : '';
}

/** Ids in paths: the API's shape, so nothing else (no `..`, no other route) reaches it. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
