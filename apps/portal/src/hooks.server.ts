import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { cookieMaxAge, cookieName, getTextDirection } from '$lib/paraglide/runtime';
import { handleBodyLimit } from '$lib/server/body-limit';
import { handleFormOrigin } from '$lib/server/form-origin';
import { localeFromPath } from '$lib/public/locale-path';
import { registerPathLocaleStrategy } from '$lib/public/locale-strategy';

registerPathLocaleStrategy();

/**
 * Resolves the request's locale (an `/es` address, then the cookie, then Accept-Language, then
 * English) for the whole
 * request, and writes it into <html lang dir>. When the person has not chosen yet, the
 * resolved locale is stored in the cookie so the browser hydrates in the language the server
 * rendered (navigator.languages can disagree with Accept-Language).
 */
const handleLocale: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    // An `/es` address decides only for itself: it is not a remembered choice, so a reader who
    // followed a Spanish link still gets their own language on a bare address.
    if (!event.cookies.get(cookieName) && localeFromPath(event.url.pathname) === undefined) {
      event.cookies.set(cookieName, locale, {
        path: '/',
        maxAge: cookieMaxAge,
        httpOnly: false,
        sameSite: 'lax',
        secure: event.url.protocol === 'https:',
      });
    }
    return resolve(event, {
      transformPageChunk: ({ html }) =>
        html
          .replace('%paraglide.lang%', locale)
          .replace('%paraglide.dir%', getTextDirection(locale)),
    });
  });

/**
 * The one page other sites may frame: an organization's embedded intake page, which its own
 * website shows in an iframe (docs/security.md, "Framing"). It changes nothing, reads no
 * session data, and opens its links in a new tab, so a frame gains a clickjacker nothing.
 */
const FRAMEABLE_ROUTES = new Set(['/o/[slug]/embed']);

/** Headers the CSP in svelte.config.js does not cover. */
const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const csp = response.headers.get('content-security-policy');
  if (csp && event.route.id !== null && FRAMEABLE_ROUTES.has(event.route.id)) {
    response.headers.set(
      'content-security-policy',
      csp.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'),
    );
  }
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  return response;
};

// The form-origin check runs once the locale is known (its refusal is worded for the person)
// and before any body is read.
export const handle = sequence(
  handleSecurityHeaders,
  handleLocale,
  handleFormOrigin,
  handleBodyLimit,
);
