import { AnnualReportRowsPageDocument, execute } from '@continuum/graphql-client';
import { error } from '@sveltejs/kit';
import { lastEndedProgramYear, yearParam } from '$lib/reports/program-year';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { DEFAULT_TIME_ZONE } from '$lib/time-zone';
import type { PageServerLoad } from './$types';

/** The records behind one number of the annual report (`?year=&line=`), 100 at a time. */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'AnnualReport');
  const timeZone = session.me.activeOrganization?.timeZone ?? DEFAULT_TIME_ZONE;
  const year = yearParam(url.searchParams.get('year')) ?? lastEndedProgramYear(timeZone);
  const line = url.searchParams.get('line') ?? '';
  if (line === '' || line.length > 120) error(404, 'not found');
  const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
  try {
    const { data } = await execute(fetch, AnnualReportRowsPageDocument, { year, line, offset });
    return { year, line, offset, rows: data.annualReportRows };
  } catch (cause) {
    handleApiError(cause, url);
  }
};
