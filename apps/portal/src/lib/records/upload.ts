import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { errorWords } from '$lib/words/errors';
import { isRecord } from '@continuum/rules';

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

/** The API's JSON error `{ code, key, params, message, field }` (its ApiErrorExtensions). */
export interface UploadProblem {
  code: string;
  message: string;
  field?: string;
  key?: string;
  params?: Readonly<Record<string, unknown>>;
}

/** Reads the API's (or the proxy's) error answer; anything unreadable is a generic failure. */
export function parseUploadProblem(status: number, text: string): UploadProblem {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'code' in parsed && 'message' in parsed) {
      const { code, message, field, key, params } = parsed as Record<string, unknown>;
      if (typeof code === 'string' && typeof message === 'string') {
        return {
          code,
          message,
          ...(typeof field === 'string' ? { field } : {}),
          ...(typeof key === 'string' ? { key } : {}),
          ...(isRecord(params) ? { params } : {}),
        };
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
 * ("file", "documentDate") into the id of the input on this page. The words come from the
 * portal's catalogs by the error's key, never the API's English message; what has no key
 * (a proxy's bare 413, an unreadable answer) is worded by its code.
 */
export function describeUploadProblem(
  problem: UploadProblem,
  locale: Locale,
  fieldId: (field: string) => string,
): FormError {
  let message: string;
  if (problem.code === 'UNAUTHENTICATED') {
    message = m.records_error_signed_out({}, { locale });
  } else if (problem.code === 'UNSUPPORTED_MEDIA_TYPE') {
    message = m.records_error_type_not_allowed({}, { locale });
  } else {
    message =
      errorWords(problem.key, problem.params ?? {}, locale) ??
      (problem.code === 'PAYLOAD_TOO_LARGE'
        ? m.records_error_too_large({}, { locale })
        : m.records_error_upload_failed({}, { locale }));
  }
  const field = problem.field ?? (problem.code === 'PAYLOAD_TOO_LARGE' ? 'file' : undefined);
  return field ? { field: fieldId(field), message } : { message };
}
