import {
  execute,
  GraphQLRequestError,
  RecordsCaseDocument,
  RecordsSearchDocument,
  type RecordsSearchQuery,
} from '@continuum/graphql-client';
import { loadFailure } from '$lib/server/form-actions';
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
  } catch (cause) {
    loadFailure(cause, url);
  }
  let hits: RecordsSearchQuery['searchCaseRecords'] | null = null;
  let error: 'too_long' | 'invalid' | null = null;
  // Checked here too so that a long query keeps what was typed and says why, without a round trip.
  if (q.length > SEARCH_MAX_LENGTH) error = 'too_long';
  else if (q !== '') {
    try {
      const variables = { caseId: params.caseId, query: q };
      hits = (await execute(fetch, RecordsSearchDocument, variables)).data.searchCaseRecords;
    } catch (cause) {
      if (cause instanceof GraphQLRequestError && cause.code === 'BAD_USER_INPUT')
        error = 'invalid';
      else handleApiError(cause, url);
    }
  }
  return { caseFile, staff, q, hits, error };
};
