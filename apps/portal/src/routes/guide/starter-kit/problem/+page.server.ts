import { getLocale } from '$lib/paraglide/runtime';
import { KIT_MAX, readStarterKitRequest } from '$lib/server/public/starter-kit';
import { guideToday } from '$lib/server/public/guide';
import type { PageServerLoad } from './$types';

/**
 * What stops a starter kit from being made, in the reader's language, each problem naming its
 * field: the kit's own fields (the child's name, the file type) can be fixed here; answers are
 * fixed on the result page, linked with the answers carried.
 */
export const load: PageServerLoad = ({ url }) => {
  const lang = getLocale() === 'es' ? 'es' : 'en';
  const request = readStarterKitRequest(url.searchParams, lang, guideToday());
  return {
    problems: request.ok ? [] : request.problems.map((problem) => ({ ...problem })),
    hidden: [...new URLSearchParams(request.answersQuery).entries()],
    answersQuery: request.answersQuery,
    typed: request.typed,
    max: KIT_MAX,
  };
};

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
