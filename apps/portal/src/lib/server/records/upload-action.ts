import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { describeUploadProblem, parseUploadProblem, uploadBody } from '$lib/records/upload';
import { m } from '$lib/paraglide/messages';
import { apiRequestHeaders, apiUrl, UUID } from '$lib/server/api-proxy';
import { signInRedirect } from '$lib/session/sign-in-redirect';

/**
 * The upload form's action, for a browser without JavaScript (with it, the page sends the
 * file straight to /api/cases/<caseId>/documents and shows the progress). SvelteKit reads the
 * whole form here, so this path holds the file in memory once: acceptable for the fallback,
 * and bounded by BODY_SIZE_LIMIT.
 */
export async function uploadAction(event: RequestEvent, replaces?: string) {
  const { request, params, url } = event;
  const caseId = params.caseId ?? '';
  const form = await request.formData();
  const body = uploadBody(form);
  const fieldId = (field: string) => `upload-${field}`;
  if (!body.has('file')) {
    return fail(400, {
      form: 'upload',
      errors: [{ field: fieldId('file'), message: m.records_error_choose_file() }],
    });
  }
  const query = replaces && UUID.test(replaces) ? `?replaces=${replaces}` : '';
  const headers = apiRequestHeaders(event);
  headers.set('x-continuum-upload', '1');
  headers.set('accept', 'application/json');
  let upstream: Response;
  try {
    upstream = await fetch(apiUrl(`/cases/${caseId}/documents${query}`), {
      method: 'POST',
      headers,
      body,
    });
  } catch {
    return fail(502, { form: 'upload', errors: [{ message: m.error_network() }] });
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
