import type { Cookies } from '@sveltejs/kit';

/**
 * A one-time message carried across a redirect in a short-lived cookie and rendered by the
 * server on the next page. The home page is public and ships no JavaScript (at most 30 kB per
 * public route, docs/performance.md), so a toast raised in the browser before the redirect
 * would be lost with the page it was raised on; this one also reaches a browser without
 * JavaScript.
 */
export type FlashMessage = 'signed_in' | 'signed_out';

const COOKIE = 'continuum_flash';
const MESSAGES: readonly FlashMessage[] = ['signed_in', 'signed_out'];

const options = (url: URL) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: url.protocol === 'https:',
});

export function setFlash(cookies: Cookies, url: URL, message: FlashMessage): void {
  // A minute is enough to follow the redirect, and short enough not to surprise anyone later.
  cookies.set(COOKIE, message, { ...options(url), maxAge: 60 });
}

/**
 * The message waiting for this page, removed so it is shown once. Only a whole page takes it:
 * the data of a client-side navigation would take it for a page that may never show it.
 */
export function takeFlash(cookies: Cookies, url: URL, isDataRequest: boolean): FlashMessage | null {
  if (isDataRequest) return null;
  const value = cookies.get(COOKIE);
  if (value === undefined) return null;
  cookies.delete(COOKIE, options(url));
  return MESSAGES.find((message) => message === value) ?? null;
}
