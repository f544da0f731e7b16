import { GraphQLRequestError } from '@continuum/graphql-client';
import { error, fail } from '@sveltejs/kit';
import type { FormError } from '$lib/forms/form-error';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';

/** A form's text value, trimmed; '' when absent. */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A form's text value as typed; '' when absent. Letter text keeps its line breaks. */
export function formValue(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** Every checked value of a group of checkboxes (or a multiple select). */
export function formList(data: FormData, name: string): string[] {
  return data
    .getAll(name)
    .filter((value): value is string => typeof value === 'string' && value !== '');
}

/**
 * The answer of a form action whose API call failed. `form` says which of the page's forms
 * failed (a case page has several); `fieldId` turns the API's field name into the id of that
 * form's input so the error summary links to it (undefined: no link); `message` gives the
 * portal's own words for some codes (LETTER_CHANGED says what to do next); `extra` travels
 * back with the failure (the values typed, which record). An expired session goes through
 * sign-in and back instead.
 */
export function apiFailure<Extra extends object = Record<never, never>>(
  cause: unknown,
  url: URL,
  form: string,
  options: {
    fieldId?: (field: string) => string | undefined;
    message?: (code: string) => string | undefined;
    extra?: Extra;
  } = {},
) {
  const { fieldId = (field: string) => field, message, extra } = options;
  if (cause instanceof GraphQLRequestError && cause.code === 'UNAUTHENTICATED') {
    handleApiError(cause, url);
  }
  const described = describeApiError(cause, getLocale());
  const code = cause instanceof GraphQLRequestError ? cause.code : '';
  const id = described.field ? fieldId(described.field) : undefined;
  const text = message?.(code) ?? described.message;
  const mapped: FormError = id ? { field: id, message: text } : { message: text };
  return fail(400, { form, code, errors: [mapped], ...(extra as Extra) });
}

/** A failure found before calling the API (a required answer left out). */
export function formFailure<Extra extends object = Record<never, never>>(
  form: string,
  errors: FormError[],
  extra?: Extra,
) {
  return fail(400, { form, code: 'BAD_USER_INPUT', errors, ...(extra as Extra) });
}

/**
 * For a page's load: a record the API does not find (or that the person may not see, which
 * the API answers the same way) is the 404 page; an expired session goes through sign-in.
 */
export function loadFailure(cause: unknown, url: URL): never {
  // A malformed id in the address is refused as bad input: for a page, that is "no such page".
  if (
    cause instanceof GraphQLRequestError &&
    (cause.code === 'NOT_FOUND' || cause.code === 'BAD_USER_INPUT')
  ) {
    error(404, 'not found');
  }
  handleApiError(cause, url);
}
