import { error, redirect, type RequestHandler } from '@sveltejs/kit';
import { apiUrl, proxyToApi, UUID } from '$lib/server/api-proxy';
import { signInRedirect } from '$lib/session/sign-in-redirect';

/**
 * GET /letters/<letterId>/export.docx|pdf[?version=N] on the portal's origin, passed to the
 * API with the session cookie, so a download link works like any other page link (the API's
 * cookie is first-party only here). The API checks access and records the export.
 */

const FORMATS = new Set(['docx', 'pdf']);
const VERSION = /^[1-9]\d{0,5}$/;

export const GET: RequestHandler = async (event) => {
  const { params, url } = event;
  const { letterId = '', format = '' } = params;
  const version = url.searchParams.get('version');
  if (!UUID.test(letterId) || !FORMATS.has(format)) error(404, 'not found');
  if (version !== null && !VERSION.test(version)) error(404, 'not found');

  const target = apiUrl(`/letters/${letterId}/export.${format}`);
  if (version !== null) target.searchParams.set('version', version);
  return proxyToApi(event, target, {
    timeoutMs: 60_000,
    responseHeaders: ['content-type', 'content-disposition', 'cache-control', 'content-length'],
    cookies: false,
    check: (upstream) => {
      // Signed out or the session expired: sign in and come back to the same download.
      if (upstream.status === 401) redirect(303, signInRedirect(url));
      if (upstream.status === 403) error(403, 'forbidden');
      if (upstream.status === 404 || upstream.status === 400) error(404, 'not found');
      if (!upstream.ok) error(502, 'The letter could not be prepared.');
    },
    unreachable: () => error(502, 'The Continuum API is not reachable.'),
  });
};
