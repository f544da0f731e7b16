import type { RequestHandler } from '@sveltejs/kit';
import { proxyToApi, UUID, versionQuery } from '$lib/server/api-proxy';

/** Types the browser may show inside the document page; everything else only downloads. */
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/**
 * The preview's policy: nothing may be fetched, framed by another site or run as a page.
 * Not `sandbox` (the API's choice for downloads): Chromium refuses to start its PDF viewer in
 * a sandboxed document, and the viewer runs a PDF's scripts in its own process anyway.
 */
const INLINE_CSP =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

/**
 * GET /api/documents/<documentId>/content[?version=<id>][&inline=1]: a document's bytes,
 * streamed from the API with its headers (attachment, sniffed type, nosniff, sandboxing CSP).
 * `inline=1` is for the document page's preview frame: for a PDF, PNG or JPEG (the type the
 * API sniffed from the bytes, never the name) the file is shown in place instead of saved.
 */
export const GET: RequestHandler = async (event) => {
  const { params, url } = event;
  if (!UUID.test(params.documentId ?? '')) return new Response('Not found.', { status: 404 });
  const response = await proxyToApi(
    event,
    `/documents/${params.documentId}/content${versionQuery(url)}`,
  );
  const type = response.headers.get('content-type') ?? '';
  if (response.ok && url.searchParams.get('inline') === '1' && INLINE_TYPES.has(type)) {
    const disposition = response.headers.get('content-disposition') ?? 'attachment';
    response.headers.set('content-disposition', disposition.replace(/^attachment/i, 'inline'));
    response.headers.set('content-security-policy', INLINE_CSP);
  }
  return response;
};
