import {
  AdvocateCaseloadDocument,
  AdvocateMembersDocument,
  execute,
  GraphQLRequestError,
} from '@continuum/graphql-client';
import { caseloadFilter, readCaseloadParams } from '$lib/advocate/caseload-params';
import { apiLanguage } from '$lib/family/labels';
import { getLocale } from '$lib/paraglide/runtime';
import { requireAdvocate } from '$lib/server/advocate/guard';
import { handleApiError } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  requireAdvocate(me, url);
  const params = readCaseloadParams(url.searchParams);
  try {
    const [caseload, members] = await Promise.all([
      execute(fetch, AdvocateCaseloadDocument, {
        filter: caseloadFilter(params),
        sort: params.sort,
        first: PAGE_SIZE,
        after: params.after || null,
        lang: apiLanguage(getLocale()),
      }),
      execute(fetch, AdvocateMembersDocument),
    ]);
    return {
      params,
      caseload: caseload.data.caseload,
      advocates: members.data.organizationMembers.filter((member) => member.role !== 'PARENT'),
      errors: [],
    };
  } catch (error) {
    // A filter the API refuses (a state that is not two letters, a stale cursor) is shown on
    // the form it came from, naming the field, rather than as an error page.
    if (!(error instanceof GraphQLRequestError) || error.code !== 'BAD_USER_INPUT') {
      handleApiError(error, url);
    }
    return {
      params,
      caseload: null,
      advocates: [],
      errors: [describeApiError(error, getLocale())],
    };
  }
};
