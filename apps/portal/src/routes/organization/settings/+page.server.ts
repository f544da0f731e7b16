import {
  execute,
  GraphQLRequestError,
  OrganizationSettingsPageDocument,
  UpdateOrganizationSettingsDocument,
} from '@continuum/graphql-client';
import { fail } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

/** The organization's settings: general, the report's counting rules and its lists (org admins). */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'update', 'Organization');
  try {
    const { data } = await execute(fetch, OrganizationSettingsPageDocument);
    return { settings: data.organizationSettings, lists: data.reportLists };
  } catch (error) {
    handleApiError(error, url);
  }
};

export const actions: Actions = {
  default: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const values = {
      name: text('name'),
      deadlineReminderDays: text('deadlineReminderDays'),
      advocatesSeeAllCases: form.has('advocatesSeeAllCases'),
      multiSessionCountsOnce: form.has('multiSessionCountsOnce'),
      unduplicatedIncludesStudents: form.has('unduplicatedIncludesStudents'),
      meetingsCountAsContacts: form.has('meetingsCountAsContacts'),
    };
    // A number the browser did not check (no JavaScript, or typed text) goes to the API as -1,
    // which it refuses with the field's own words.
    const days = /^\d{1,3}$/.test(values.deadlineReminderDays)
      ? Number(values.deadlineReminderDays)
      : -1;
    try {
      await execute(fetch, UpdateOrganizationSettingsDocument, {
        input: { ...values, deadlineReminderDays: days },
      });
      return { saved: true };
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED')
        handleApiError(error, url);
      return fail(400, { values, errors: [describeApiError(error, getLocale())] });
    }
  },
};
