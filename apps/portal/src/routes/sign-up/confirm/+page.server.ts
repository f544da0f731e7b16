import { ConfirmSignUpDocument, execute } from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
// resolve() gives a relative path on the server; a redirect needs the absolute one.
import { localizedPath } from '$lib/public/locale-path';
import { getLocale } from '$lib/paraglide/runtime';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

/**
 * The confirmation link opens this page; only its POST uses the token, so a mail scanner that
 * fetches the link does not confirm (or use up) anything.
 */
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const entry = (await request.formData()).get('token');
    const token = typeof entry === 'string' ? entry : '';
    const locale = getLocale();
    let confirmed;
    try {
      ({
        data: { confirmSignUp: confirmed },
      } = await execute(fetch, ConfirmSignUpDocument, { token }));
    } catch (error) {
      return fail(400, { problem: describeApiError(error, locale).message });
    }
    const next = new URLSearchParams({
      org: confirmed.organization.slug,
      intake: confirmed.intakeId,
    });
    redirect(303, `${localizedPath('/get-help/next', locale)}?${next.toString()}`);
  },
};

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
