import { error, redirect, type RequestHandler } from '@sveltejs/kit';
import { proxyToApi, UUID } from '$lib/server/api-proxy';
import { signInRedirect } from '$lib/session/sign-in-redirect';

/**
 * GET /cases/<caseId>/services.csv on the portal's origin, passed to the API with the
 * session cookie: the download link then works like any other link of the portal, and the API
 * decides (and audits) who may read the log.
 */
export const GET: RequestHandler = async (event) => {
  const { params, url } = event;
  if (!params.caseId || !UUID.test(params.caseId)) error(404, 'not found');
  return proxyToApi(event, `/cases/${params.caseId}/services.csv`, {
    headers: { accept: 'text/csv' },
    timeoutMs: 30_000,
    responseHeaders: ['content-type', 'cache-control', 'content-disposition'],
    cookies: false,
    check: (upstream) => {
      if (upstream.status === 404) error(404, 'not found');
      if (upstream.status === 401) redirect(303, signInRedirect(url));
      if (upstream.status === 403) error(403, 'forbidden');
    },
    unreachable: () => error(502, 'The Continuum API is not reachable.'),
  });
};
