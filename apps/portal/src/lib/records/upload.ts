import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/** The upload's text fields, as the API names them (multipart parts). */
export const UPLOAD_TEXT_FIELDS = ['title', 'type', 'documentDate', 'visibility'] as const;

/**
 * The multipart body the API expects, from the upload form: text fields left empty are left
 * out (the API reads a part that is present as a value, and an empty title is refused), and
 * the file goes last so the short fields arrive before the bytes.
 */
export function uploadBody(form: FormData): FormData {
  const body = new FormData();
  for (const name of UPLOAD_TEXT_FIELDS) {
    const value = form.get(name);
    if (typeof value === 'string' && value.trim() !== '') body.set(name, value.trim());
  }
  const file = form.get('file');
  if (file instanceof Blob && file.size > 0) {
    body.set('file', file, 'name' in file && typeof file.name === 'string' ? file.name : 'file');
  }
  return body;
}

/** The API's JSON error `{ code, message, field }`. */
export interface UploadProblem {
  code: string;
  message: string;
  field?: string;
}

/** Reads the API's (or the proxy's) error answer; anything unreadable is a generic failure. */
export function parseUploadProblem(status: number, text: string): UploadProblem {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'code' in parsed && 'message' in parsed) {
      const { code, message, field } = parsed as Record<string, unknown>;
      if (typeof code === 'string' && typeof message === 'string') {
        return typeof field === 'string' ? { code, message, field } : { code, message };
      }
    }
  } catch {
    // not JSON: a proxy or server page
  }
  if (status === 413) return { code: 'PAYLOAD_TOO_LARGE', message: '', field: 'file' };
  return { code: 'UPLOAD_FAILED', message: '' };
}

/**
 * What to tell the person, tied to the form's input: `fieldId` turns the API's field name
 * ("file", "documentDate") into the id of the input on this page. The API writes English;
 * the codes a person meets most are worded by the portal in every language.
 */
export function describeUploadProblem(
  problem: UploadProblem,
  locale: Locale,
  fieldId: (field: string) => string,
): FormError {
  let message = problem.message;
  if (problem.code === 'UNSUPPORTED_MEDIA_TYPE') {
    message = m.records_error_type_not_allowed({}, { locale });
  } else if (problem.code === 'PAYLOAD_TOO_LARGE' && (locale !== 'en' || !message)) {
    message = m.records_error_too_large({}, { locale });
  } else if (problem.code === 'UNAUTHENTICATED') {
    message = m.records_error_signed_out({}, { locale });
  } else if (!message || (locale !== 'en' && problem.code === 'UPLOAD_FAILED')) {
    message = m.records_error_upload_failed({}, { locale });
  }
  const field = problem.field ?? (problem.code === 'PAYLOAD_TOO_LARGE' ? 'file' : undefined);
  return field ? { field: fieldId(field), message } : { message };
}
