import { error, type RequestHandler } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL } from '$lib/server/api-url';

/**
 * GET /calendar/<organization>/<token>.ics on the portal's origin, passed to the API, so the
 * deadlines feed link an advocate copies names the portal (the only origin people are given).
 * The token in the path is the credential: no cookie is sent or needed.
 */

// The API's shape for a feed path; anything else never reaches it (no `..`, no other route).
const FEED_PATH =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[A-Za-z0-9_-]{20,100}\.ics$/i;
const RESPONSE_HEADERS = ['content-type', 'cache-control', 'content-disposition'];
const TIMEOUT_MS = 30_000;

export const GET: RequestHandler = async ({ params }) => {
  if (!params.path || !FEED_PATH.test(params.path)) error(404, 'not found');
  let upstream: Response;
  try {
    upstream = await fetch(new URL(`/calendar/${params.path}`, env.API_URL || DEFAULT_API_URL), {
      headers: { accept: 'text/calendar' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    error(502, 'The Continuum API is not reachable.');
  }
  if (upstream.status === 404) error(404, 'not found');
  const headers = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
};
