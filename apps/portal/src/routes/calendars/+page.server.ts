import {
  AdvocateDistrictCalendarsDocument,
  AdvocateSaveDistrictCalendarDocument,
  execute,
} from '@continuum/graphql-client';
import { apiFailure, formText } from '$lib/server/form-actions';
import { requireAbility, requireSignedIn, handleApiError } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  requireAbility(requireSignedIn(me, url), 'manage', 'DistrictCalendar');
  try {
    const { data } = await execute(fetch, AdvocateDistrictCalendarsDocument);
    return {
      calendars: data.districtCalendars,
      // Prefilled from a deadline's "set the district calendar" link.
      prefill: {
        state: url.searchParams.get('state') ?? '',
        district: url.searchParams.get('district') ?? '',
      },
    };
  } catch (error) {
    handleApiError(error, url);
  }
};

/** Days typed one per line (commas and spaces also separate them). */
function days(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((day) => day.trim())
    .filter(Boolean);
}

export const actions: Actions = {
  save: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const input = {
      state: formText(form, 'state').toUpperCase(),
      district: formText(form, 'district'),
      firstDay: formText(form, 'firstDay'),
      lastDay: formText(form, 'lastDay'),
      nonSchoolDays: days(formText(form, 'nonSchoolDays')),
    };
    try {
      await execute(fetch, AdvocateSaveDistrictCalendarDocument, { input });
    } catch (error) {
      return apiFailure(error, url, 'save', {
        fieldId: (field) => field,
        extra: { values: input },
      });
    }
    return { form: 'save', saved: true };
  },
};
