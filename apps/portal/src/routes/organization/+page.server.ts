import {
  execute,
  GraphQLRequestError,
  SetOrganizationTimeZoneDocument,
  SwitchOrganizationDocument,
} from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import { DEFAULT_TIME_ZONE, timeZoneNames } from '$lib/time-zone';
import type { Actions, PageServerLoad } from './$types';

/**
 * The active organization: its time zone (org admins change it) and the person's other
 * organizations. The header's switcher posts here too.
 */
export const load: PageServerLoad = async ({ parent, url }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  const canEdit = session.ability.can('update', 'Organization');
  return {
    timeZone: session.me.activeOrganization?.timeZone ?? DEFAULT_TIME_ZONE,
    canEdit,
    // The picker's suggestions; any IANA name the API knows is accepted.
    timeZones: canEdit ? timeZoneNames() : [],
  };
};

export const actions: Actions = {
  // Home afterwards, not the page the switch was made from: that page (a case, a member)
  // belongs to the organization just left.
  switch: async ({ request, fetch, url }) => {
    const organizationId = (await request.formData()).get('organizationId');
    if (typeof organizationId !== 'string' || organizationId === '') {
      return fail(400, {
        form: 'switch',
        errors: [{ field: 'organizationId', message: m.org_switch_choose() }],
      });
    }
    try {
      await execute(fetch, SwitchOrganizationDocument, { organizationId });
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code !== 'UNAUTHENTICATED') {
        return fail(400, { form: 'switch', errors: [describeApiError(error, getLocale())] });
      }
      handleApiError(error, url);
    }
    redirect(303, '/');
  },

  timeZone: async ({ request, fetch, url }) => {
    const value = (await request.formData()).get('timeZone');
    const timeZone = typeof value === 'string' ? value.trim() : '';
    if (!timeZone) {
      return fail(400, {
        form: 'timeZone',
        values: { timeZone },
        errors: [{ field: 'timeZone', message: m.settings_time_zone_required() }],
      });
    }
    try {
      const { data } = await execute(fetch, SetOrganizationTimeZoneDocument, {
        input: { timeZone },
      });
      return { form: 'timeZone', saved: data.setOrganizationTimeZone.timeZone };
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED')
        handleApiError(error, url);
      const described: FormError =
        error instanceof GraphQLRequestError && error.code === 'INVALID_TIME_ZONE'
          ? { field: 'timeZone', message: m.settings_time_zone_invalid({ timeZone }) }
          : describeApiError(error, getLocale());
      return fail(400, { form: 'timeZone', values: { timeZone }, errors: [described] });
    }
  },
};
