import { DomainError } from '../errors/domain-error';

/**
 * How long a request waits for a pooled connection before it is told the service is busy.
 * Long enough for a burst to drain, short enough that a client is answered rather than hung.
 */
export const POOL_ACQUIRE_TIMEOUT_MS = 5_000;

/** pg-pool's words when `connectionTimeoutMillis` passes with no connection free. */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';

export function isPoolTimeout(error: unknown): boolean {
  return error instanceof Error && error.message.includes(POOL_TIMEOUT);
}

/** Rethrows a pool timeout as SERVICE_BUSY (HTTP 503), anything else as it is. */
export function busyOnPoolTimeout(error: unknown): never {
  if (isPoolTimeout(error)) {
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      'SERVICE_BUSY',
      'Continuum is busy right now and nothing was saved. Please try again in a moment.',
    );
  }
  throw error;
}
