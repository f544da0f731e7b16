import type { RequestHandler } from '@sveltejs/kit';
import { proxyToApi, UUID } from '$lib/server/api-proxy';

/**
 * GET /api/proceedings/<proceedingId>/binder.pdf?documents=<id>,…&lang=en|es&includeInternal=
 * true|false: the evidence binder, built by the API (which audits it) and passed on as a
 * download. No time limit: binding up to 150 MB of exhibits takes a while, and the person is
 * waiting on the download.
 */
export const GET: RequestHandler = async (event) => {
  const { params, url } = event;
  if (!UUID.test(params.proceedingId ?? '')) return new Response('Not found.', { status: 404 });
  const query = new URLSearchParams();
  const documents = url.searchParams.get('documents');
  const lang = url.searchParams.get('lang');
  const includeInternal = url.searchParams.get('includeInternal');
  if (documents !== null) query.set('documents', documents);
  if (lang !== null) query.set('lang', lang);
  if (includeInternal !== null) query.set('includeInternal', includeInternal);
  return proxyToApi(event, `/proceedings/${params.proceedingId}/binder.pdf?${query.toString()}`);
};
