import {
  execute,
  GraphQLRequestError,
  RecordsCaseDocument,
  RecordsSearchDocument,
} from '@continuum/graphql-client';
import { loadFailure } from '$lib/server/advocate/actions';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { SEARCH_MAX_LENGTH } from '$lib/records/search';
import type { PageServerLoad } from './$types';

/**
 * One search over a case's documents and notes, as the API ranks them. The API narrows what a
 * parent finds to what is shared with the family, exactly as on the records and notes pages.
 */
export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Case');
  const staff = session.ability.can('update', 'Case');
  const q = (url.searchParams.get('q') ?? '').trim();

  let caseFile;
  try {
    caseFile = (await execute(fetch, RecordsCaseDocument, { caseId: params.caseId })).data.case;
  } catch (error) {
    loadFailure(error, url);
  }
  const page = { caseFile, staff, q, hits: null, error: null } as {
    caseFile: typeof caseFile;
    staff: boolean;
    q: string;
    hits: null | Awaited<ReturnType<typeof search>>;
    error: null | 'too_long' | 'invalid';
  };
  if (q === '') return page;
  // Checked here too so that a long query keeps what was typed and says why, without a round trip.
  if (q.length > SEARCH_MAX_LENGTH) return { ...page, error: 'too_long' as const };
  try {
    return { ...page, hits: await search(fetch, params.caseId, q) };
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT')
      return { ...page, error: 'invalid' as const };
    handleApiError(error, url);
  }
};

async function search(fetch: typeof globalThis.fetch, caseId: string, query: string) {
  return (await execute(fetch, RecordsSearchDocument, { caseId, query })).data.searchCaseRecords;
}
