import type { RequestHandler } from '@sveltejs/kit';
import { locales } from '$lib/paraglide/runtime';
import { localizedPath } from '$lib/public/locale-path';
import { publicPaths } from '$lib/public/pages';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every public page in both languages, each naming its other language (sitemaps.org + hreflang). */
export const GET: RequestHandler = async ({ url, fetch }) => {
  const paths = await publicPaths(fetch);
  const at = (path: string, locale: (typeof locales)[number]) =>
    escapeXml(new URL(localizedPath(path, locale), url.origin).href);
  const entries = paths.flatMap((path) =>
    locales.map(
      (locale) =>
        `  <url>\n    <loc>${at(path, locale)}</loc>\n` +
        locales
          .map(
            (other) =>
              `    <xhtml:link rel="alternate" hreflang="${other}" href="${at(path, other)}"/>\n`,
          )
          .join('') +
        `  </url>\n`,
    ),
  );
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    entries.join('') +
    `</urlset>\n`;
  return new Response(body, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    },
  });
};
