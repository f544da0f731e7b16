import { execute, SwitchOrganizationDocument } from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import { GraphQLRequestError } from '@continuum/graphql-client';
import type { Actions, PageServerLoad } from './$types';

/** Lists the person's organizations; the header's switcher posts here too. */
export const load: PageServerLoad = async ({ parent, url }) => {
  const { me } = await parent();
  requireSignedIn(me, url);
  return {};
};

export const actions: Actions = {
  // Home afterwards, not the page the switch was made from: that page (a case, a member)
  // belongs to the organization just left.
  default: async ({ request, fetch, url }) => {
    const organizationId = (await request.formData()).get('organizationId');
    if (typeof organizationId !== 'string' || organizationId === '') {
      return fail(400, {
        errors: [{ field: 'organizationId', message: 'Choose an organization.' }],
      });
    }
    try {
      await execute(fetch, SwitchOrganizationDocument, { organizationId });
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code !== 'UNAUTHENTICATED') {
        return fail(400, { errors: [describeApiError(error, getLocale())] });
      }
      handleApiError(error, url);
    }
    redirect(303, '/');
  },
};
