import { execute, SignOutDocument } from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { describeApiError } from '$lib/session/api-error';
import type { Actions } from './$types';

// Signing out changes state, so only a POST does it; a GET shows the button to press.
export const actions: Actions = {
  default: async ({ fetch }) => {
    try {
      await execute(fetch, SignOutDocument);
    } catch (error) {
      return fail(503, { errors: [describeApiError(error, getLocale())] });
    }
    redirect(303, '/');
  },
};
