import { GraphQLRequestError } from '@continuum/graphql-client';
import type { SessionMeFragment } from '@continuum/graphql-client';
import { error, fail } from '@sveltejs/kit';
import type { FormError } from '$lib/forms/form-error';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireAbility, requireSignedIn, type SignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';

/**
 * The letter pages are the advocates' (drafting, editing, sharing); a parent, who may only
 * read the final letters of their own case, gets the 403 page and reads them on /my-case.
 */
export function requireLetterWriter(me: SessionMeFragment | null | undefined, url: URL): SignedIn {
  const session = requireSignedIn(me, url);
  requireAbility(session, 'create', 'Letter');
  return session;
}

/** A form's text value; '' when absent. Not trimmed: letter text keeps its line breaks. */
export function formValue(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * The answer of a form action whose API call failed: `form` says which of the page's forms,
 * `fieldId` turns the API's field name into an input id so the summary links to it. An
 * expired session goes through sign-in and back instead.
 */
export function apiFailure<Extra extends object = Record<never, never>>(
  cause: unknown,
  url: URL,
  form: string,
  options: {
    fieldId?: (field: string) => string | undefined;
    /** The portal's own wording for some codes (LETTER_CHANGED says what to do next). */
    message?: (code: string) => string | undefined;
    extra?: Extra;
  } = {},
) {
  const { fieldId = () => undefined, message, extra } = options;
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

export function formFailure(form: string, errors: FormError[]) {
  return fail(400, { form, code: 'BAD_USER_INPUT', errors });
}

/**
 * For a page's load: a record the API does not find (or may not show, answered the same way)
 * or a malformed id is the 404 page; an expired session goes through sign-in.
 */
export function loadFailure(cause: unknown, url: URL): never {
  if (
    cause instanceof GraphQLRequestError &&
    (cause.code === 'NOT_FOUND' || cause.code === 'BAD_USER_INPUT')
  ) {
    error(404, 'not found');
  }
  handleApiError(cause, url);
}
