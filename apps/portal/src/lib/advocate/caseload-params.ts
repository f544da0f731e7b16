import type { CaseStatus, CaseloadFilterInput, CaseloadSort } from '@continuum/graphql-client';
import { CASE_STATUSES, SORTS } from './labels';

/**
 * The caseload's filters as they travel in the page address (a GET form, so a filtered list
 * can be bookmarked, shared with a colleague and used without JavaScript).
 */
export interface CaseloadParams {
  status: string;
  advocate: string;
  issue: string;
  stage: string;
  state: string;
  due: string;
  sort: CaseloadSort;
  after: string;
}

const KEYS = ['status', 'advocate', 'issue', 'stage', 'state', 'due', 'sort', 'after'] as const;

export function readCaseloadParams(search: URLSearchParams): CaseloadParams {
  const get = (key: string) => search.get(key)?.trim() ?? '';
  const sort = get('sort');
  return {
    status: get('status'),
    advocate: get('advocate'),
    issue: get('issue'),
    stage: get('stage'),
    state: get('state').toUpperCase(),
    due: get('due'),
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as CaseloadSort) : 'UPDATED_AT_DESC',
    after: get('after'),
  };
}

/**
 * The API's filter. Values are passed on as typed: the API checks each one and names the
 * field it refuses (a state that is not two letters, a date that does not exist).
 */
export function caseloadFilter(params: CaseloadParams): CaseloadFilterInput {
  const filter: CaseloadFilterInput = {};
  if ((CASE_STATUSES as readonly string[]).includes(params.status))
    filter.statuses = [params.status as CaseStatus];
  if (params.advocate) filter.advocateUserId = params.advocate;
  if (params.issue) filter.issue = params.issue;
  if (params.stage) filter.stage = params.stage;
  if (params.state) filter.state = params.state;
  if (params.due) filter.dueBefore = params.due;
  return filter;
}

/**
 * The query string for the same list with some values changed; empty values and the default
 * sort are left out, and a new filter starts again from the first page.
 *
 * @example
 *   caseloadSearch(params, { stage: 'mediation' }); // '?state=NC&stage=mediation'
 */
export function caseloadSearch(
  params: CaseloadParams,
  changes: Partial<CaseloadParams> = {},
): string {
  const next: CaseloadParams = { ...params, after: '', ...changes };
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = next[key];
    if (!value || (key === 'sort' && value === 'UPDATED_AT_DESC')) continue;
    search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
