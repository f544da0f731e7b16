import type { RequestHandler } from '@sveltejs/kit';
import { apiUrl, forwardedHeaders, passOn, unreachable, UUID } from '$lib/server/records/api-proxy';

/**
 * GET /api/proceedings/<proceedingId>/binder.pdf?documents=<id>,…&lang=en|es: the evidence
 * binder, built by the API (which audits it) and passed on as a download.
 */
export const GET: RequestHandler = async ({ request, params, url, getClientAddress }) => {
  if (!UUID.test(params.proceedingId ?? '')) return new Response('Not found.', { status: 404 });
  const query = new URLSearchParams();
  const documents = url.searchParams.get('documents');
  const lang = url.searchParams.get('lang');
  if (documents !== null) query.set('documents', documents);
  if (lang !== null) query.set('lang', lang);
  let upstream: Response;
  try {
    upstream = await fetch(
      apiUrl(`/proceedings/${params.proceedingId}/binder.pdf?${query.toString()}`),
      // Binding up to 150 MB of exhibits takes a while; the person is waiting on the download.
      { headers: forwardedHeaders(request, getClientAddress()), signal: request.signal },
    );
  } catch {
    return unreachable();
  }
  return passOn(upstream);
};
