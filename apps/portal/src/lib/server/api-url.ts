import { env } from '$env/dynamic/private';

/**
 * Where the API listens. 127.0.0.1 rather than localhost: the API binds IPv4 loopback, and
 * Node may resolve "localhost" to ::1 first.
 */
export const DEFAULT_API_URL = 'http://127.0.0.1:3000';

export function apiGraphqlUrl(): URL {
  return new URL('/graphql', env.API_URL || DEFAULT_API_URL);
}
