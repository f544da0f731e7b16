import { GraphQLRequestError, TRANSPORT_ERROR_CODES } from '@continuum/graphql-client';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/** The proxy's code when the API cannot be reached (see routes/graphql/+server.ts). */
export const API_UNAVAILABLE = 'API_UNAVAILABLE';

const UNREACHABLE = new Set<string>([
  TRANSPORT_ERROR_CODES.network,
  TRANSPORT_ERROR_CODES.badResponse,
  API_UNAVAILABLE,
]);

/**
 * The API's error codes the portal words itself in languages other than English. The API
 * writes its messages in English for people to read, so in English they are shown as they
 * come; elsewhere the catalog's translation is used when there is one, and the API's English
 * message otherwise (better than nothing, and the code is logged).
 */
const TRANSLATED: Partial<Record<string, (locale: Locale) => string>> = {
  INVALID_CREDENTIALS: (locale) => m.error_invalid_credentials({}, { locale }),
  INTERNAL_SERVER_ERROR: (locale) => m.error_unexpected({}, { locale }),
};

/** What to tell a person about a failed request, in their language, tied to a field if any. */
export function describeApiError(error: unknown, locale: Locale): FormError {
  if (!(error instanceof GraphQLRequestError)) {
    return { message: m.error_unexpected({}, { locale }) };
  }
  if (UNREACHABLE.has(error.code)) {
    return { message: m.error_network({}, { locale }) };
  }
  const translate = TRANSLATED[error.code];
  const message = locale === 'en' || !translate ? error.message : translate(locale);
  return error.field ? { field: error.field, message } : { message };
}
