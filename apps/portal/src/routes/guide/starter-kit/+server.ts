import { redirect } from '@sveltejs/kit';
import { renderDocx, renderPdf } from '@continuum/rules/render';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localizedPath } from '$lib/public/locale-path';
import { attachment } from '$lib/server/download';
import { KIT_CONTENT_TYPES, readStarterKitRequest } from '$lib/server/public/starter-kit';
import { guideToday } from '$lib/server/public/guide';
import type { RequestHandler } from './$types';

/**
 * The starter kit download (`/guide/starter-kit`, `/es/guide/starter-kit`): the carried answers
 * with `child`, `parent`, `school` and `format`, made into a PDF or DOCX on this server from the
 * rules, in the address's language. Nothing is stored, so the file is never cached. A request
 * the rules refuse goes to a page that names each field to fix (an endpoint cannot render one),
 * with a link back to the result.
 */
export const GET: RequestHandler = async ({ url }) => {
  const lang = getLocale() === 'es' ? 'es' : 'en';
  const request = readStarterKitRequest(url.searchParams, lang, guideToday());
  if (!request.ok) {
    // A redirect's Location is written out: resolve() may answer a path relative to the
    // request's, which the language prefix would break.
    redirect(303, localizedPath(`/guide/starter-kit/problem?${url.searchParams.toString()}`, lang));
  }
  const { kit, format } = request;
  const bytes = format === 'pdf' ? await renderPdf(kit) : await renderDocx(kit);
  // A copy typed as backed by an ArrayBuffer, which is what a Response body accepts.
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': KIT_CONTENT_TYPES[format],
      'content-disposition': attachment(m.kit_file_name({ child: kit.child }), `.${format}`),
      'content-length': String(bytes.byteLength),
      'cache-control': 'private, no-store',
    },
  });
};
