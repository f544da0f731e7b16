import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { currentRequestContext, RequestEndedError } from '../context/request-context';
import { DomainError } from '../errors/domain-error';

/** Codes Apollo and graphql-js produce for a client's mistake; their messages are safe to show. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const LIMIT = /(Cost limit|Query depth limit|Aliases limit|Directives limit|Token limit)/i;

/**
 * PostgreSQL's refusals of a value it cannot store, by SQLSTATE: a safety net behind the
 * input guard (input-guard.plugin.ts), for a string that reached a query some other way.
 */
const UNSTORABLE_VALUE: Readonly<Record<string, DomainError>> = {
  // character_not_in_repertoire: NUL in text; untranslatable_character: \u0000 in jsonb
  '22021': new DomainError(
    'BAD_USER_INPUT',
    'TEXT_CONTROL_CHARACTER',
    'Some text holds a NUL character; type it again.',
  ),
  '22P05': new DomainError(
    'BAD_USER_INPUT',
    'TEXT_CONTROL_CHARACTER',
    'Some text holds a NUL character; type it again.',
  ),
  // datetime_field_overflow, invalid_datetime_format: year 0, February 30
  '22008': new DomainError('BAD_USER_INPUT', 'DATE_INVALID', 'A date is not a real calendar day.'),
  '22007': new DomainError('BAD_USER_INPUT', 'DATE_INVALID', 'A date is not a real calendar day.'),
};

function sqlState(error: unknown): string | undefined {
  const driverError = (error as { driverError?: { code?: unknown } } | null)?.driverError;
  return typeof driverError?.code === 'string' ? driverError.code : undefined;
}

export const INTERNAL_MESSAGE =
  'Something went wrong on our side. Nothing was saved; please try again.';

/**
 * Turns any error into what a client may see: a code, a key and parameters the portal words
 * in the reader's language, an English message, the field at fault (the shape is the schema's
 * `ApiErrorExtensions`) — never a stack trace or an internal message.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: (error: unknown) => void,
): GraphQLFormattedError {
  // A plugin's refusal before execution (input-guard.plugin.ts) arrives wrapped without a path.
  let original =
    error instanceof GraphQLError && error.originalError instanceof DomainError
      ? error.originalError
      : unwrapResolverError(error);
  const unstorable = UNSTORABLE_VALUE[sqlState(original) ?? ''];
  if (unstorable) {
    // Still reported: the guard should have named the field, and did not.
    report(original);
    original = unstorable;
  }
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: original.code,
        key: original.key,
        params: original.params,
        ...(original.field ? { field: original.field } : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  // graphql-armor parses and limits before Apollo does, and words its rejections as syntax
  // errors; both are the client's doing, with messages safe to show.
  if (LIMIT.test(formatted.message)) {
    return { message: formatted.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  if (formatted.message.startsWith('Syntax Error')) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }

  // Work stopped because its client left is expected, not a fault to report; so is whatever
  // else failed in a request nobody waits for any more (its transaction is already gone).
  if (!(original instanceof RequestEndedError) && !currentRequestContext()?.clientLeft)
    report(original);
  return {
    message: INTERNAL_MESSAGE,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
