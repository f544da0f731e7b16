import { json, type RequestHandler } from '@sveltejs/kit';
import { apiUrl, forwardedHeaders, passOn, unreachable, UUID } from '$lib/server/records/api-proxy';

/**
 * POST /api/cases/<caseId>/documents[?replaces=<documentId>]: an upload, streamed through to
 * the API as it arrives (never held whole in memory). The API refuses uploads without
 * `x-continuum-upload: 1`, its defence against forged cross-site posts; the portal adds that
 * header for the browser, so it makes the same check itself first: the request must come from
 * a page of the portal's own origin.
 */
export const POST: RequestHandler = async ({ request, params, url, getClientAddress }) => {
  if (request.headers.get('origin') !== url.origin) {
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

  const headers = forwardedHeaders(request, getClientAddress());
  headers.set('x-continuum-upload', '1');
  headers.set('accept', 'application/json');
  const contentType = request.headers.get('content-type');
  if (contentType) headers.set('content-type', contentType);
  const length = request.headers.get('content-length');
  if (length) headers.set('content-length', length);

  let upstream: Response;
  try {
    upstream = await fetch(apiUrl(`/cases/${params.caseId}/documents${query}`), {
      method: 'POST',
      headers,
      body: request.body,
      // Node's fetch streams a request body only in half-duplex mode.
      duplex: 'half',
      signal: request.signal,
    } as RequestInit & { duplex: 'half' });
  } catch {
    return unreachable();
  }
  return passOn(upstream, ['content-type', 'cache-control']);
};
