import { parentCentersFor, renderRulesMessage, type RulesMessage } from '@continuum/rules';
import { execute, PublicOrganizationsDocument } from '@continuum/graphql-client';
import { getLocale } from '$lib/paraglide/runtime';
import { stateFromParam, stateOptions } from '$lib/public/guides';
import { organizationView } from '$lib/public/organization-page';
import type { PageServerLoad } from './$types';

/**
 * "Find your Parent Center": organizations using Continuum that serve the state come first
 * (stored data, so through the API), then the rules package's directory for that state with
 * its source and confidence, and the national directory where no center is confirmed.
 * A GET form: `?state=AZ` is the whole state of the page, with or without JavaScript.
 */
export const load: PageServerLoad = async ({ url, fetch }) => {
  const locale = getLocale();
  const lang = locale === 'es' ? 'es' : 'en';
  const asked = url.searchParams.get('state');
  const state = stateFromParam(asked);
  const base = {
    states: stateOptions(),
    stateUnknown: asked !== null && asked !== '' && state === null,
  };
  if (state === null) return { ...base, state: null, result: null };

  const {
    data: { publicOrganizations },
  } = await execute(fetch, PublicOrganizationsDocument, { state: state.code });
  // Dated against today so an old source is marked; the server's UTC day is close enough
  // for a year-level notice.
  const answer = parentCentersFor(state.code, { today: new Date().toISOString().slice(0, 10) });
  const say = (message: RulesMessage | null) =>
    message === null ? null : renderRulesMessage(message, lang);
  return {
    ...base,
    state,
    result: {
      organizations: publicOrganizations.map((o) => organizationView(o, locale)),
      centers: answer.centers.map((c) => ({
        name: c.name,
        type: say({ key: 'parent_centers.type', params: { type: c.type } }),
        website: c.website === null ? null : websiteHref(c.website),
        source: c.source,
        sourceYear: c.sourceYear,
        confidence: c.confidence,
        notice: say(c.notice),
      })),
      hasConfirmedCenter: answer.hasConfirmedCenter,
      noneConfirmed: say(answer.message),
      nationalDirectory: {
        url: answer.nationalDirectory.url,
        label: say({ key: 'parent_centers.national_directory', params: {} }),
      },
    },
  };
};

/** The directory gives bare host names (`raisingspecialkids.org`); a link needs a scheme. */
function websiteHref(website: string): string | null {
  const withScheme = /^https?:\/\//i.test(website) ? website : `https://${website}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
