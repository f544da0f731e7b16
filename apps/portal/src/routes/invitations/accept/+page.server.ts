import {
  AcceptInvitationDocument,
  execute,
  GraphQLRequestError,
  InvitationPreviewDocument,
  type Fetch,
  type InvitationPreviewQuery,
} from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import { readAcceptForm, validateAccept } from '$lib/account/account-forms';
import type { FormError } from '$lib/forms/form-error';
import { getLocale } from '$lib/paraglide/runtime';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

type Preview = InvitationPreviewQuery['invitationPreview'];

/** The invitation behind a link, or null when the link is not one (mistyped, or replaced). */
async function previewOf(fetch: Fetch, token: string): Promise<Preview | null> {
  if (!token) return null;
  try {
    const { data } = await execute(fetch, InvitationPreviewDocument, { token });
    return data.invitationPreview;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'INVITATION_NOT_FOUND') return null;
    throw error;
  }
}

/** Public: the person following the link usually has no account yet. */
export const load: PageServerLoad = async ({ url, fetch }) => {
  const token = url.searchParams.get('token') ?? '';
  return { token, preview: await previewOf(fetch, token) };
};

/** The API's words for a problem with the link itself, which no field of the form can fix. */
function withoutTokenField(error: FormError): FormError {
  return error.field === 'token' ? { message: error.message } : error;
}

export const actions: Actions = {
  // A new account sets its name and password; an existing one proves its password. Either
  // way the API signs the person in (its Set-Cookie reaches the browser through this
  // action's fetch), in the inviting organization, and home shows that organization.
  default: async ({ request, fetch }) => {
    const input = readAcceptForm(await request.formData());
    const locale = getLocale();
    const preview = await previewOf(fetch, input.token);
    if (!preview) return fail(400, { name: input.name, errors: [], invalid: true });

    const problems = validateAccept(input, preview.accountExists, locale);
    if (problems.length > 0)
      return fail(400, { name: input.name, errors: problems, invalid: false });

    try {
      await execute(fetch, AcceptInvitationDocument, {
        input: {
          token: input.token,
          password: input.password,
          ...(preview.accountExists ? {} : { name: input.name }),
        },
      });
    } catch (error) {
      return fail(400, {
        name: input.name,
        errors: [withoutTokenField(describeApiError(error, locale))],
        invalid: false,
      });
    }
    redirect(303, '/');
  },
};
