import { error, type RequestHandler } from '@sveltejs/kit';
import { proxyToApi } from '$lib/server/api-proxy';

/**
 * GET /calendar/<organization>/<token>.ics on the portal's origin, passed to the API, so the
 * deadlines feed link an advocate copies names the portal (the only origin people are given).
 * The token in the path is the credential: no cookie is sent or needed, and a calendar app
 * polling the feed is not a person whose address the audit log wants.
 */

// The API's shape for a feed path; anything else never reaches it (no `..`, no other route).
const FEED_PATH =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[A-Za-z0-9_-]{20,100}\.ics$/i;

export const GET: RequestHandler = async (event) => {
  const { path } = event.params;
  if (!path || !FEED_PATH.test(path)) error(404, 'not found');
  // The feed's language (`?lang=es`, set when the link was made on a Spanish page).
  const lang = event.url.searchParams.get('lang') === 'es' ? '?lang=es' : '';
  return proxyToApi(event, `/calendar/${path}${lang}`, {
    requestHeaders: [],
    headers: { accept: 'text/calendar' },
    forwardClient: false,
    timeoutMs: 30_000,
    responseHeaders: ['content-type', 'cache-control', 'content-disposition'],
    cookies: false,
    check: (upstream) => {
      if (upstream.status === 404) error(404, 'not found');
    },
    unreachable: () => error(502, 'The Continuum API is not reachable.'),
  });
};
