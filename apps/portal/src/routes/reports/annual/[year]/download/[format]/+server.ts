import { error, redirect, type RequestHandler } from '@sveltejs/kit';
import { proxyToApi } from '$lib/server/api-proxy';
import { yearParam } from '$lib/reports/program-year';
import { signInRedirect } from '$lib/session/sign-in-redirect';

const FORMATS = new Set(['csv', 'xlsx', 'pdf', 'survey']);

/**
 * GET /reports/annual/<year>/download/<csv|xlsx|pdf|survey>?lang=en|es on the portal's origin,
 * passed to the API with the session cookie: the API decides (and audits) who may download.
 */
export const GET: RequestHandler = async (event) => {
  const { params, url } = event;
  const year = yearParam(params.year ?? null);
  if (year === null || !FORMATS.has(params.format ?? '')) error(404, 'not found');
  const lang = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
  return proxyToApi(event, `/annual-report/${year}/${params.format}?lang=${lang}`, {
    timeoutMs: 60_000,
    responseHeaders: ['content-type', 'cache-control', 'content-disposition', 'content-length'],
    cookies: false,
    check: (upstream) => {
      if (upstream.status === 404) error(404, 'not found');
      if (upstream.status === 401) redirect(303, signInRedirect(url));
      if (upstream.status === 403) error(403, 'forbidden');
      if (upstream.status === 400) error(400, 'bad request');
    },
    unreachable: () => error(502, 'The Continuum API is not reachable.'),
  });
};
