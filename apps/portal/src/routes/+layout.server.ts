import { execute, GraphQLRequestError, MeDocument } from '@continuum/graphql-client';
import { getRequestEvent } from '$app/server';
import { takeFlash } from '$lib/server/flash';
import type { LayoutServerLoad } from './$types';

/**
 * Who is signed in, for every page. A failed API call renders the page signed out with a
 * notice rather than an error page: the landing page and sign-in still work.
 */
export const load: LayoutServerLoad = async ({ fetch, setHeaders, cookies }) => {
  // Pages show a person's name and organization: never keep them in a shared cache, nor in
  // the back-forward cache of a shared computer after sign-out.
  // When a page's load fails (a 403, a 404), SvelteKit runs this load again for the error
  // page with the same response headers, and setHeaders refuses to set one twice: the header
  // is already there, so that refusal is not a problem.
  try {
    setHeaders({ 'cache-control': 'private, no-store' });
  } catch {
    // already set for this response
  }
  // The request's own URL, not load's: reading load's would run this load on every navigation.
  const { url, isDataRequest } = getRequestEvent();
  const flash = takeFlash(cookies, url, isDataRequest);
  try {
    const { data } = await execute(fetch, MeDocument);
    return { me: data.me ?? null, apiAvailable: true, flash };
  } catch (error) {
    const code = error instanceof GraphQLRequestError ? error.code : 'UNKNOWN';
    console.error(`[portal] the session could not be loaded (${code})`);
    return { me: null, apiAvailable: false, flash };
  }
};
