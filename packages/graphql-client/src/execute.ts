import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** The fetch to use: SvelteKit's `event.fetch` in `load` and actions, the global one elsewhere. */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** One entry of a GraphQL response's `errors`, as the API formats it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface ExecuteOptions {
  /** Where to POST; the portal's own origin proxies `/graphql` to the API. */
  endpoint?: string;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface ExecuteResult<TResult> {
  data: TResult;
}

/** Codes this client adds to the API's own (`INVALID_CREDENTIALS`, `BAD_USER_INPUT`, ...). */
export const TRANSPORT_ERROR_CODES = {
  /** fetch itself failed: offline, DNS, connection refused. */
  network: 'NETWORK_ERROR',
  /** An answer that is not a GraphQL response (an HTML error page, an empty body). */
  badResponse: 'BAD_RESPONSE',
} as const;

/**
 * A request that did not produce data: the first GraphQL error's `extensions` (see the
 * schema's `ApiErrorExtensions`): `code` to branch on, `key` and `params` for the words a
 * person reads (in their language, from the portal's catalogs), the field at fault; its
 * English `message`; and every error for logging.
 */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    message: string,
    readonly code: string,
    readonly errors: readonly GraphQLErrorEntry[] = [],
    readonly status?: number,
    readonly field?: string,
    readonly key?: string,
    readonly params: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** Variables may be left out only when the operation declares none that are required. */
type ExecuteArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: ExecuteOptions]
    : [variables: TVariables, options?: ExecuteOptions];

const OPERATION_NAME = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toErrorEntries(value: unknown): GraphQLErrorEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((entry) => ({
    message: typeof entry.message === 'string' ? entry.message : 'Unknown error',
    ...(Array.isArray(entry.path) ? { path: entry.path as (string | number)[] } : {}),
    ...(isRecord(entry.extensions) ? { extensions: entry.extensions } : {}),
  }));
}

/**
 * Runs one generated operation over GraphQL-over-HTTP and returns its data, or throws a
 * {@link GraphQLRequestError}.
 *
 * Every request is a POST with `content-type: application/json`, which Apollo Server's CSRF
 * prevention accepts (a "simple" request could be forged by another site's form).
 *
 * @example
 *   const { data } = await execute(event.fetch, SignInDocument, { email, password });
 *   data.signIn.user.name; // typed from the operation
 */
export async function execute<TResult, TVariables>(
  fetch: Fetch,
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  ...[variables, options = {}]: ExecuteArgs<TVariables>
): Promise<ExecuteResult<TResult>> {
  const query = document.toString();
  const operationName = OPERATION_NAME.exec(query)?.[1];

  let response: Response;
  try {
    response = await fetch(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers: {
        ...options.headers,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, operationName, variables: variables ?? {} }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    throw new GraphQLRequestError(
      cause instanceof Error ? cause.message : 'The request could not be sent.',
      TRANSPORT_ERROR_CODES.network,
    );
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(
      `Expected a GraphQL response, got HTTP ${response.status}.`,
      TRANSPORT_ERROR_CODES.badResponse,
      [],
      response.status,
    );
  }

  const errors = isRecord(body) ? toErrorEntries(body.errors) : [];
  const first = errors[0];
  if (first) {
    const code = first.extensions?.code;
    const field = first.extensions?.field;
    const key = first.extensions?.key;
    const params = first.extensions?.params;
    throw new GraphQLRequestError(
      first.message,
      typeof code === 'string' ? code : 'UNKNOWN',
      errors,
      response.status,
      typeof field === 'string' ? field : undefined,
      typeof key === 'string' ? key : undefined,
      isRecord(params) ? params : {},
    );
  }
  if (!isRecord(body) || !isRecord(body.data)) {
    throw new GraphQLRequestError(
      `Expected data in the GraphQL response, got HTTP ${response.status}.`,
      TRANSPORT_ERROR_CODES.badResponse,
      [],
      response.status,
    );
  }
  // The shape is the operation's: the server validated it against the same schema.
  return { data: body.data as TResult };
}
