import { GUIDES } from '@continuum/rules';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/** The guides' index: public, server-rendered from the rules package. */
export const load: PageServerLoad = () => {
  const lang = getLocale() === 'es' ? 'es' : 'en';
  return {
    guides: GUIDES.map((g) => ({ slug: g.slug, title: g.title[lang], summary: g.summary[lang] })),
  };
};

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
