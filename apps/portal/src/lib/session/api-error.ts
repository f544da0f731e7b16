import { GraphQLRequestError, TRANSPORT_ERROR_CODES } from '@continuum/graphql-client';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { errorWords } from '$lib/words/errors';

/** The proxy's code when the API cannot be reached (see routes/graphql/+server.ts). */
export const API_UNAVAILABLE = 'API_UNAVAILABLE';

const UNREACHABLE = new Set<string>([
  TRANSPORT_ERROR_CODES.network,
  TRANSPORT_ERROR_CODES.badResponse,
  API_UNAVAILABLE,
]);

/**
 * What to tell a person about a failed request, in their language, tied to a field if any.
 * The API's errors carry a key and parameters (its English message is for API clients); the
 * words come from the portal's catalogs. An error without a key the portal knows (GraphQL's
 * own, or a key from a newer API) gets general words, never the API's English.
 */
export function describeApiError(error: unknown, locale: Locale): FormError {
  if (!(error instanceof GraphQLRequestError)) {
    return { message: m.error_unexpected({}, { locale }) };
  }
  if (UNREACHABLE.has(error.code)) {
    return { message: m.error_network({}, { locale }) };
  }
  const message =
    errorWords(error.key, error.params, locale) ??
    (error.code === 'INTERNAL_SERVER_ERROR'
      ? m.error_unexpected({}, { locale })
      : m.words_error_other({}, { locale }));
  return error.field ? { field: error.field, message } : { message };
}
