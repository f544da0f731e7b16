import type { RequestHandler } from '@sveltejs/kit';

/** Search engines may read the public pages; the sitemap lists them. */
export const GET: RequestHandler = ({ url }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', url.origin).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
