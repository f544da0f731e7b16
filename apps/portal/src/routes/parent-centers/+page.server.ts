import {
  execute,
  PublicOrganizationsDocument,
  type PublicOrganizationFieldsFragment,
} from '@continuum/graphql-client';
import { parentCentersFor, renderRulesMessage } from '@continuum/rules';
import { getLocale } from '$lib/paraglide/runtime';
import { stateFromParam, stateOptions } from '$lib/public/guides';
import { guideToday } from '$lib/server/public/guide';
import type { PageServerLoad } from './$types';

/**
 * Find your Parent Center: for a state, the organizations on Continuum that serve it first (a
 * family can send them their answers here), then the rules package's directory of Parent
 * Centers with where each entry was found and how sure that source is, then the national
 * directory. The directory needs no API: when the API is down the page still answers.
 */
export const load: PageServerLoad = async ({ url, fetch }) => {
  const lang = getLocale() === 'es' ? 'es' : 'en';
  const asked = url.searchParams.get('state');
  const state = stateFromParam(asked);
  const base = {
    states: stateOptions(),
    state,
    stateUnknown: asked !== null && asked !== '' && state === null,
  };
  if (state === null) return { ...base, organizations: [], apiAvailable: true, directory: null };

  let organizations: PublicOrganizationFieldsFragment[] = [];
  let apiAvailable = true;
  try {
    ({
      data: { publicOrganizations: organizations },
    } = await execute(fetch, PublicOrganizationsDocument, { state: state.code }));
  } catch (error) {
    apiAvailable = false;
    console.error('[portal] published organizations could not be loaded', error);
  }

  const answer = parentCentersFor(state.code, { today: guideToday() });
  const say = (message: Parameters<typeof renderRulesMessage>[0] | null) =>
    message ? (renderRulesMessage(message, lang) ?? null) : null;
  return {
    ...base,
    organizations: organizations.map((o) => ({
      slug: o.slug,
      name: o.name,
      countiesServed: o.countiesServed,
      languages: o.languages,
      contactPhone: o.contactPhone,
      contactEmail: o.contactEmail,
    })),
    apiAvailable,
    directory: {
      centers: answer.centers.map((center) => ({
        name: center.name,
        kind: say({ key: 'parent_centers.type', params: { type: center.type } }),
        website: center.website,
        source: center.source,
        sourceDate: center.sourceDate,
        notice: say(center.notice),
      })),
      message: say(answer.message),
      nationalDirectory: answer.nationalDirectory.url,
    },
  };
};

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
