import { setTimeout as pause } from 'node:timers/promises';

/**
 * Polls `check` until it answers something other than `undefined` or `false`, and returns
 * that; after `timeoutMs` it fails naming `what`. The one way the API's tests wait for a
 * condition (a row, a mail, a process), never for a fixed time.
 */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = 10_000, everyMs = 50 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await pause(everyMs);
  }
}
