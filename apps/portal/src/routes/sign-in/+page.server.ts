import { execute, SignInDocument } from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import { safeRedirect } from '$lib/navigation/safe-redirect';
import { getLocale } from '$lib/paraglide/runtime';
import { setFlash } from '$lib/server/flash';
import { describeApiError } from '$lib/session/api-error';
import { readSignInForm, validateSignIn } from '$lib/session/sign-in-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
  const { me } = await parent();
  if (me) redirect(303, safeRedirect(url.searchParams.get('redirectTo'), url.origin));
  return {};
};

export const actions: Actions = {
  // A form action rather than a call from the browser: it works before (or without)
  // JavaScript, and the API's Set-Cookie reaches the browser through SvelteKit's fetch.
  default: async ({ request, fetch, url, cookies }) => {
    const input = readSignInForm(await request.formData());
    const locale = getLocale();

    const problems = validateSignIn(input, locale);
    if (problems.length > 0) return fail(400, { email: input.email, errors: problems });

    try {
      await execute(fetch, SignInDocument, input);
    } catch (error) {
      return fail(400, { email: input.email, errors: [describeApiError(error, locale)] });
    }
    setFlash(cookies, url, 'signed_in');
    redirect(303, safeRedirect(url.searchParams.get('redirectTo'), url.origin));
  },
};
