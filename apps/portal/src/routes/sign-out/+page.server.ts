import { execute, SignOutDocument } from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { setFlash } from '$lib/server/flash';
import { describeApiError } from '$lib/session/api-error';
import type { Actions } from './$types';

// Signing out changes state, so only a POST does it; a GET shows the button to press.
export const actions: Actions = {
  default: async ({ fetch, cookies, url }) => {
    try {
      await execute(fetch, SignOutDocument);
    } catch (error) {
      return fail(503, { errors: [describeApiError(error, getLocale())] });
    }
    setFlash(cookies, url, 'signed_out');
    redirect(303, '/');
  },
};
