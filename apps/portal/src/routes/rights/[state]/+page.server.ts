import { error } from '@sveltejs/kit';
import { GUIDES, parentCentersFor, rightsCard } from '@continuum/rules';
import { getLocale } from '$lib/paraglide/runtime';
import { linkTermsInSection } from '$lib/public/glossary-links';
import { stateFromParam } from '$lib/public/guides';
import type { PageServerLoad } from './$types';

/** A state's parent rights card: one printable page, public, from the rules package. */
export const load: PageServerLoad = ({ params }) => {
  // Addresses are lowercase (`/rights/az`): one address per card for search engines and print.
  const state = /^[a-z]{2}$/.test(params.state) ? stateFromParam(params.state) : null;
  if (state === null) error(404, 'Not found');
  const lang = getLocale() === 'es' ? 'es' : 'en';
  const card = rightsCard(state.code, lang);
  const linked = linkTermsInSection(
    card.rights.map((r) => r.text),
    lang,
  );
  const centers = parentCentersFor(state.code);
  return {
    state,
    rights: card.rights.map((r, i) => ({ ...r, text: linked[i] ?? [] })),
    facts: card.facts,
    agency: card.agency,
    centers: centers.centers
      .filter((c) => c.confidence === 'confirmed')
      .map((c) => ({ name: c.name, website: c.website })),
    nationalDirectory: centers.nationalDirectory.url,
    guides: GUIDES.map((g) => ({ slug: g.slug, title: g.title[lang] })),
  };
};

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
