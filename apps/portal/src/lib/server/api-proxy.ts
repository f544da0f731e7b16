import { json, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { m } from '$lib/paraglide/messages';
import { failedAsTooLarge } from '$lib/server/body-limit';

/**
 * The one way the portal passes a browser's request to the API: `/graphql`, the records
 * routes under `/api/`, letter exports, the services CSV and the calendar feed. The browser
 * only ever talks to the portal's origin, so the API's HttpOnly session cookie is first-party
 * and no CORS is needed; each route says which headers cross in each direction, and nothing
 * else does. Bodies stream through in both directions, never held whole.
 */

/**
 * Where the API listens. 127.0.0.1 rather than localhost: the API binds IPv4 loopback, and
 * Node may resolve "localhost" to ::1 first.
 */
export const DEFAULT_API_URL = 'http://127.0.0.1:3000';

export function apiUrl(path: string): URL {
  return new URL(path, env.API_URL || DEFAULT_API_URL);
}

/** Ids in paths: the API's shape, so nothing else (no `..`, no other route) reaches it. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the API needs from most requests: the session, the language, the browser. */
export const SESSION_HEADERS = ['cookie', 'accept-language', 'user-agent'] as const;

/** The headers a download needs to stay safe and named (the API's choices, passed on). */
export const DOWNLOAD_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'cache-control',
  'x-content-type-options',
  'content-security-policy',
] as const;

export interface ProxyOptions {
  method?: 'GET' | 'POST';
  /** The browser's request headers passed on (default: the session's). */
  requestHeaders?: readonly string[];
  /** Headers the portal sets itself (`accept`, the API's upload header). */
  headers?: Record<string, string>;
  /**
   * The client's address as `x-forwarded-for` (default true): the API audits sign-ins and
   * every read of a student's record with where it came from (FERPA).
   */
  forwardClient?: boolean;
  /** A stream is sent as it arrives (an upload); a buffer as it is. */
  body?: ReadableStream<Uint8Array> | ArrayBuffer | null;
  /** Gives up after this long; without it, only when the browser goes away. */
  timeoutMs?: number;
  /** The API's answer headers passed to the browser (default: a download's). */
  responseHeaders?: readonly string[];
  /** Whether the API's `Set-Cookie` reaches the browser (default true). */
  cookies?: boolean;
  /**
   * Looks at the API's answer before it is passed on, to answer some statuses with the
   * portal's own pages: throw SvelteKit's `error()` or `redirect()`. The unread body is
   * released first.
   */
  check?: (upstream: Response) => void;
  /** The answer when the API cannot be reached (default: a JSON `API_UNAVAILABLE`, 502). */
  unreachable?: () => Response;
}

/** The same JSON error shape as the API's, for when the API cannot be reached. */
export function unreachable(): Response {
  return json(
    { code: 'API_UNAVAILABLE', message: 'The Continuum API is not reachable.' },
    { status: 502 },
  );
}

/** The headers of a request to the API: `names` copied from the browser's, and who asks. */
export function apiRequestHeaders(
  event: Pick<RequestEvent, 'request' | 'getClientAddress'>,
  names: readonly string[] = SESSION_HEADERS,
  forwardClient = true,
): Headers {
  const headers = new Headers();
  for (const name of names) {
    const value = event.request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (forwardClient) headers.set('x-forwarded-for', event.getClientAddress());
  return headers;
}

/** Sends the browser's request on to the API at `path` and answers with the API's answer. */
export async function proxyToApi(
  event: Pick<RequestEvent, 'request' | 'getClientAddress'>,
  path: string | URL,
  options: ProxyOptions = {},
): Promise<Response> {
  const { request } = event;
  const headers = apiRequestHeaders(event, options.requestHeaders, options.forwardClient);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

  const body = options.body ?? null;
  let upstream: Response;
  try {
    upstream = await fetch(typeof path === 'string' ? apiUrl(path) : path, {
      method: options.method ?? 'GET',
      headers,
      body,
      // Node's fetch streams a request body only in half-duplex mode.
      ...(body === null ? {} : { duplex: 'half' }),
      signal:
        options.timeoutMs === undefined ? request.signal : AbortSignal.timeout(options.timeoutMs),
    });
  } catch (thrown) {
    // The browser's body was cut off on its way (past BODY_SIZE_LIMIT): the API is fine.
    if (failedAsTooLarge(thrown)) {
      return json(
        { code: 'PAYLOAD_TOO_LARGE', message: m.error_body_too_large() },
        { status: 413 },
      );
    }
    return (options.unreachable ?? unreachable)();
  }
  if (options.check) {
    try {
      options.check(upstream);
    } catch (thrown) {
      // An unread body would hold the connection to the API until it is collected.
      await upstream.body?.cancel();
      throw thrown;
    }
  }
  return passOn(upstream, options.responseHeaders ?? DOWNLOAD_HEADERS, options.cookies ?? true);
}

/** The API's answer as the portal's: streamed, headers limited to those a browser needs. */
function passOn(upstream: Response, names: readonly string[], cookies: boolean): Response {
  const headers = new Headers();
  for (const name of names) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (cookies) {
    for (const cookie of upstream.headers.getSetCookie()) headers.append('set-cookie', cookie);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}

/** A download's `version` query value, passed on only when it looks like an id. */
export function versionQuery(url: URL): string {
  const version = url.searchParams.get('version');
  return version && /^[0-9a-f-]{36}$/i.test(version)
    ? `?version=${encodeURIComponent(version)}`
    : '';
}
