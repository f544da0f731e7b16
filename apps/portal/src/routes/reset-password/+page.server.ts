import {
  execute,
  GraphQLRequestError,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
} from '@continuum/graphql-client';
import { fail } from '@sveltejs/kit';
import {
  readEmail,
  readNewPasswordForm,
  validateEmail,
  validateNewPassword,
} from '$lib/account/account-forms';
import { getLocale } from '$lib/paraglide/runtime';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

/** Problems with the link itself: the way out is a new link, not another password. */
const LINK_PROBLEMS = new Set(['RESET_LINK_INVALID', 'RESET_LINK_USED', 'RESET_LINK_EXPIRED']);

/**
 * Public. Without a token it asks for an address and mails a link; the reset mail's link
 * (`/reset-password?token=…`, written by the API) opens the form for a new password.
 */
export const load: PageServerLoad = ({ url }) => ({
  token: url.searchParams.get('token') ?? '',
});

export const actions: Actions = {
  // The answer is the same whether or not the address has an account, so the page cannot
  // be used to find out who does.
  request: async ({ request, fetch }) => {
    const email = readEmail(await request.formData());
    const locale = getLocale();
    const problems = validateEmail(email, locale);
    if (problems.length > 0)
      return fail(400, { stage: 'request' as const, email, errors: problems });
    try {
      await execute(fetch, RequestPasswordResetDocument, { email });
    } catch (error) {
      return fail(400, {
        stage: 'request' as const,
        email,
        errors: [describeApiError(error, locale)],
      });
    }
    return { stage: 'requested' as const, email };
  },

  reset: async ({ request, fetch }) => {
    const { token, password } = readNewPasswordForm(await request.formData());
    const locale = getLocale();
    const problems = validateNewPassword(password, locale);
    if (problems.length > 0) {
      return fail(400, { stage: 'reset' as const, token, errors: problems, linkProblem: null });
    }
    try {
      await execute(fetch, ResetPasswordDocument, { token, password });
    } catch (error) {
      const described = describeApiError(error, locale);
      if (error instanceof GraphQLRequestError && LINK_PROBLEMS.has(error.code)) {
        return fail(400, {
          stage: 'reset' as const,
          token,
          errors: [],
          linkProblem: described.message,
        });
      }
      return fail(400, { stage: 'reset' as const, token, errors: [described], linkProblem: null });
    }
    return { stage: 'done' as const };
  },
};
