import { error } from '@sveltejs/kit';
import { findGuide } from '@continuum/rules';
import { getLocale } from '$lib/paraglide/runtime';
import { guideFacts, guideView, stateFromParam, stateOptions } from '$lib/public/guides';
import type { PageServerLoad } from './$types';

/**
 * One guide, public and server-rendered. The state choice is a GET form (`?state=AZ`), so it
 * works without JavaScript and nothing is stored.
 */
export const load: PageServerLoad = ({ params, url }) => {
  const guide = findGuide(params.slug);
  if (guide === null) error(404, 'Not found');
  const lang = getLocale() === 'es' ? 'es' : 'en';
  const asked = url.searchParams.get('state');
  const state = stateFromParam(asked);
  return {
    guide: guideView(guide, lang),
    states: stateOptions(),
    state,
    stateUnknown: asked !== null && asked !== '' && state === null,
    facts: guideFacts(guide, state, lang),
  };
};

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
