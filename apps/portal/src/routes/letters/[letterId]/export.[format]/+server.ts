import { error, redirect, type RequestHandler } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL } from '$lib/server/api-url';
import { signInRedirect } from '$lib/session/sign-in-redirect';

/**
 * GET /letters/<letterId>/export.docx|pdf[?version=N] on the portal's origin, passed to the
 * API with the session cookie, so a download link works like any other page link (the API's
 * cookie is first-party only here). The API checks access and records the export.
 */

const LETTER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FORMATS = new Set(['docx', 'pdf']);
const VERSION = /^[1-9]\d{0,5}$/;

/** What the API needs from the browser's request, and nothing else. */
const REQUEST_HEADERS = ['cookie', 'user-agent', 'accept-language'];
/** What the browser needs from the API's answer. */
const RESPONSE_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'content-length'];
const TIMEOUT_MS = 60_000;

export const GET: RequestHandler = async ({ params, url, request, getClientAddress }) => {
  const { letterId = '', format = '' } = params;
  const version = url.searchParams.get('version');
  if (!LETTER_ID.test(letterId) || !FORMATS.has(format)) error(404, 'not found');
  if (version !== null && !VERSION.test(version)) error(404, 'not found');

  const target = new URL(`/letters/${letterId}/export.${format}`, env.API_URL || DEFAULT_API_URL);
  if (version !== null) target.searchParams.set('version', version);
  const headers = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // The API records where a student's record was read from (FERPA audit).
  headers.set('x-forwarded-for', getClientAddress());

  let upstream: Response;
  try {
    upstream = await fetch(target, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    error(502, 'The Continuum API is not reachable.');
  }
  // Signed out or the session expired: sign in and come back to the same download.
  if (upstream.status === 401) redirect(303, signInRedirect(url));
  if (upstream.status === 403) error(403, 'forbidden');
  if (upstream.status === 404 || upstream.status === 400) error(404, 'not found');
  if (!upstream.ok) error(502, 'The letter could not be prepared.');

  const responseHeaders = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
};
