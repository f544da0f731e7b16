import { error, redirect, type RequestHandler } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL } from '$lib/server/api-url';
import { signInRedirect } from '$lib/session/sign-in-redirect';

/**
 * GET /cases/<caseId>/services.csv on the portal's origin, passed to the API with the
 * session cookie: the download link then works like any other link of the portal, and the API
 * decides (and audits) who may read the log.
 */

const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RESPONSE_HEADERS = ['content-type', 'cache-control', 'content-disposition'];
const TIMEOUT_MS = 30_000;

export const GET: RequestHandler = async ({ params, request, url, getClientAddress }) => {
  if (!params.caseId || !CASE_ID.test(params.caseId)) error(404, 'not found');
  const headers = new Headers({ accept: 'text/csv', 'x-forwarded-for': getClientAddress() });
  for (const name of ['cookie', 'accept-language', 'user-agent']) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  let upstream: Response;
  try {
    upstream = await fetch(
      new URL(`/cases/${params.caseId}/services.csv`, env.API_URL || DEFAULT_API_URL),
      { headers, signal: AbortSignal.timeout(TIMEOUT_MS) },
    );
  } catch {
    error(502, 'The Continuum API is not reachable.');
  }
  if (upstream.status === 404) error(404, 'not found');
  if (upstream.status === 401) redirect(303, signInRedirect(url));
  if (upstream.status === 403) error(403, 'forbidden');
  const responseHeaders = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
};
