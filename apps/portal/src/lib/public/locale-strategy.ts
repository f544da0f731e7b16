import { defineCustomClientStrategy, defineCustomServerStrategy } from '$lib/paraglide/runtime';
import { localeFromPath } from './locale-path';

/**
 * The `custom-path` locale strategy (first in i18n.config.js): an address under `/es` is
 * Spanish, whatever the cookie says. Registered on the server (hooks.server.ts) and in the
 * browser (hooks.client.ts) so the page hydrates in the language it was rendered in.
 */
export function registerPathLocaleStrategy(): void {
  defineCustomServerStrategy('custom-path', {
    getLocale: (request) => (request ? localeFromPath(new URL(request.url).pathname) : undefined),
  });
  defineCustomClientStrategy('custom-path', {
    getLocale: () => localeFromPath(window.location.pathname),
    // The language switch is a form post that sets the cookie and moves to the other address.
    setLocale: () => undefined,
  });
}
