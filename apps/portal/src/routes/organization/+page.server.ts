import {
  execute,
  GraphQLRequestError,
  OrganizationPublicPageDocument,
  SetOrganizationTimeZoneDocument,
  SwitchOrganizationDocument,
  UpdateOrganizationPublicPageDocument,
  type UpdateOrganizationPublicPageInput,
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
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  const canEdit = session.ability.can('update', 'Organization');
  let publicPage = null;
  try {
    publicPage = (await execute(fetch, OrganizationPublicPageDocument)).data.organizationPublicPage;
  } catch (error) {
    handleApiError(error, url);
  }
  return {
    publicPage,
    // The embed snippet names this portal's own address, as the browser reached it.
    origin: url.origin,
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

  publicPage: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const values = publicPageValues(form);
    return savePublicPage(fetch, url, 'publicPage', toPublicPageInput(values), values);
  },

  // The switch sends only `enabled`: everything else stays as saved.
  publicPageSwitch: async ({ request, fetch, url }) => {
    const enabled = (await request.formData()).get('enabled') === 'true';
    return savePublicPage(fetch, url, 'publicPageSwitch', { enabled }, null);
  },
};

const PUBLIC_PAGE_FIELDS = [
  'slug',
  'statesServed',
  'countiesServed',
  'languages',
  'contactPhone',
  'contactEmail',
  'website',
  'address',
  'brandColor',
] as const;
type PublicPageValues = Record<(typeof PUBLIC_PAGE_FIELDS)[number], string>;

function publicPageValues(form: FormData): PublicPageValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return Object.fromEntries(PUBLIC_PAGE_FIELDS.map((f) => [f, text(f)])) as PublicPageValues;
}

/** Lists are typed with commas (or one per line); empty text clears a field. */
function toPublicPageInput(values: PublicPageValues): UpdateOrganizationPublicPageInput {
  const list = (text: string) =>
    text
      .split(/[,\n]/)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  return {
    slug: values.slug,
    statesServed: list(values.statesServed),
    countiesServed: list(values.countiesServed),
    languages: list(values.languages),
    contactPhone: values.contactPhone,
    contactEmail: values.contactEmail,
    website: values.website,
    address: values.address,
    brandColor: values.brandColor,
  };
}

async function savePublicPage(
  fetch: typeof globalThis.fetch,
  url: URL,
  form: 'publicPage' | 'publicPageSwitch',
  input: UpdateOrganizationPublicPageInput,
  values: PublicPageValues | null,
) {
  try {
    const { data } = await execute(fetch, UpdateOrganizationPublicPageDocument, { input });
    return { form, savedPage: data.updateOrganizationPublicPage.enabled };
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED')
      handleApiError(error, url);
    const described = describeApiError(error, getLocale());
    // A switch refused for want of an address points at the address field of the edit form.
    return fail(400, { form, pageValues: values, errors: [described] });
  }
}
