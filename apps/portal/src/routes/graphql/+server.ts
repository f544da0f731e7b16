import { json, type RequestHandler } from '@sveltejs/kit';
import { API_UNAVAILABLE } from '$lib/session/api-error';
import { proxyToApi, SESSION_HEADERS } from '$lib/server/api-proxy';

/**
 * POST /graphql on the portal's own origin, passed to the API. The browser then only ever
 * talks to one origin: the API's HttpOnly, SameSite=Lax session cookie is first-party, no CORS
 * is needed, and server-side loads reach it through SvelteKit's fetch with the same cookies.
 */

/** What the API needs from the browser's request, and nothing else. */
const REQUEST_HEADERS = [
  ...SESSION_HEADERS,
  'content-type',
  'accept',
  // Apollo's CSRF prevention accepts a request that carries either of these.
  'apollo-require-preflight',
  'x-apollo-operation-name',
];

/** What the browser needs from the API's answer (and every Set-Cookie: sign-in, sign-out). */
const RESPONSE_HEADERS = ['content-type', 'cache-control', 'x-request-id'];

export const POST: RequestHandler = async (event) =>
  proxyToApi(event, '/graphql', {
    method: 'POST',
    requestHeaders: REQUEST_HEADERS,
    // An operation is small JSON; read whole, it is sent with a length.
    body: await event.request.arrayBuffer(),
    timeoutMs: 30_000,
    responseHeaders: RESPONSE_HEADERS,
    // Pages read this code and render signed out with a notice instead of failing.
    unreachable: () =>
      json(
        {
          errors: [
            {
              message: 'The Continuum API is not reachable.',
              extensions: { code: API_UNAVAILABLE },
            },
          ],
        },
        { status: 502 },
      ),
  });
