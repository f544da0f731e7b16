import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { describeUploadProblem, parseUploadProblem } from '$lib/records/upload';
import { m } from '$lib/paraglide/messages';
import { apiRequestHeaders, apiUrl, UUID } from '$lib/server/api-proxy';
import { failedAsTooLarge } from '$lib/server/body-limit';
import { signInRedirect } from '$lib/session/sign-in-redirect';

/**
 * The upload form's action, for a browser without JavaScript (with it, the page sends the
 * file straight to /api/cases/<caseId>/documents and shows the progress). The form's
 * multipart body is streamed to the API as it arrives, never held in memory: the API reads
 * the same fields (left empty, they count as not given) and refuses a missing file itself.
 * adapter-node's BODY_SIZE_LIMIT bounds it, as it bounds the upload proxy.
 */
export async function uploadAction(event: RequestEvent, replaces?: string) {
  const { request, url } = event;
  const fieldId = (field: string) => `upload-${field}`;
  const query = replaces && UUID.test(replaces) ? `?replaces=${replaces}` : '';
  const headers = apiRequestHeaders(event);
  for (const name of ['content-type', 'content-length']) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set('x-continuum-upload', '1');
  headers.set('accept', 'application/json');
  let upstream: Response;
  try {
    upstream = await fetch(apiUrl(`/cases/${event.params.caseId ?? ''}/documents${query}`), {
      method: 'POST',
      headers,
      body: request.body,
      // Node's fetch streams a request body only in half-duplex mode.
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
  } catch (thrown) {
    const problem = failedAsTooLarge(thrown)
      ? describeUploadProblem(parseUploadProblem(413, ''), getLocale(), fieldId)
      : { message: m.error_network() };
    return fail(failedAsTooLarge(thrown) ? 413 : 502, { form: 'upload', errors: [problem] });
  }
  if (upstream.status === 401) redirect(303, signInRedirect(url));
  if (!upstream.ok) {
    const problem = parseUploadProblem(upstream.status, await upstream.text());
    return fail(400, {
      form: 'upload',
      errors: [describeUploadProblem(problem, getLocale(), fieldId)],
    });
  }
  const created = (await upstream.json()) as { id: string; title: string };
  return { form: 'upload', uploaded: { id: created.id, title: created.title } };
}
