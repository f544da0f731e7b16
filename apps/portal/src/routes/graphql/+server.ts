import { json, type RequestHandler } from '@sveltejs/kit';
import { API_UNAVAILABLE } from '$lib/session/api-error';
import { apiGraphqlUrl } from '$lib/server/api-url';

/**
 * POST /graphql on the portal's own origin, passed to the API. The browser then only ever
 * talks to one origin: the API's HttpOnly, SameSite=Lax session cookie is first-party, no CORS
 * is needed, and server-side loads reach it through SvelteKit's fetch with the same cookies.
 */

/** What the API needs from the browser's request, and nothing else. */
const REQUEST_HEADERS = [
  'content-type',
  'accept',
  'accept-language',
  'cookie',
  'user-agent',
  // Apollo's CSRF prevention accepts a request that carries either of these.
  'apollo-require-preflight',
  'x-apollo-operation-name',
];

/** What the browser needs from the API's answer. */
const RESPONSE_HEADERS = ['content-type', 'cache-control', 'x-request-id'];

const TIMEOUT_MS = 30_000;

export const POST: RequestHandler = async ({ request, getClientAddress }) => {
  const headers = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // The API records where a sign-in or a record read came from (FERPA audit).
  headers.set('x-forwarded-for', getClientAddress());

  let upstream: Response;
  try {
    upstream = await fetch(apiGraphqlUrl(), {
      method: 'POST',
      headers,
      body: await request.arrayBuffer(),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return json(
      {
        errors: [
          { message: 'The Continuum API is not reachable.', extensions: { code: API_UNAVAILABLE } },
        ],
      },
      { status: 502 },
    );
  }

  const responseHeaders = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  for (const cookie of upstream.headers.getSetCookie()) {
    responseHeaders.append('set-cookie', cookie);
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
};
