import { json, type RequestHandler } from '@sveltejs/kit';
import { proxyToApi, SESSION_HEADERS, UUID } from '$lib/server/api-proxy';
import { isServedOrigin } from '$lib/server/form-origin';

/**
 * POST /api/cases/<caseId>/documents[?replaces=<documentId>]: an upload, streamed through to
 * the API as it arrives (never held whole in memory). The API refuses uploads without
 * `x-continuum-upload: 1`, its defence against forged cross-site posts; the portal adds that
 * header for the browser, so it makes the same check itself first: the request must come from
 * a page of an origin the portal serves (its own or one in PORTAL_ORIGINS), whatever the
 * body's content type.
 */
export const POST: RequestHandler = async (event) => {
  const { request, params, url } = event;
  if (!isServedOrigin(request.headers.get('origin'), url)) {
    return json(
      { code: 'CSRF_HEADER_REQUIRED', message: 'Uploads must come from the portal’s own pages.' },
      { status: 403 },
    );
  }
  if (!UUID.test(params.caseId ?? '')) {
    return json({ code: 'NOT_FOUND', message: 'Not found.' }, { status: 404 });
  }
  const replaces = url.searchParams.get('replaces');
  const query = replaces && UUID.test(replaces) ? `?replaces=${replaces}` : '';
  return proxyToApi(event, `/cases/${params.caseId}/documents${query}`, {
    method: 'POST',
    requestHeaders: [...SESSION_HEADERS, 'content-type', 'content-length'],
    headers: { 'x-continuum-upload': '1', accept: 'application/json' },
    body: request.body,
    responseHeaders: ['content-type', 'cache-control'],
  });
};
