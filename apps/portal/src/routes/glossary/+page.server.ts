import { GLOSSARY } from '@continuum/rules';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/**
 * The glossary, public and server-rendered: the rules package holds each term's words in both
 * languages and its citations, so the page ships no script of its own.
 */
export const load: PageServerLoad = () => {
  const lang = getLocale() === 'es' ? 'es' : 'en';
  return {
    terms: GLOSSARY.map((term) => ({
      id: term.id,
      name: term.name[lang],
      acronym: term.acronym[lang],
      definition: term.definition[lang],
      basis: [...term.basis],
    })),
  };
};

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
