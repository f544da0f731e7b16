import {
  AnnualReportPageDocument,
  execute,
  GraphQLRequestError,
  SubmitAnnualReportDocument,
} from '@continuum/graphql-client';
import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { lastEndedProgramYear, yearParam } from '$lib/reports/program-year';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import { DEFAULT_TIME_ZONE } from '$lib/time-zone';
import type { Actions, PageServerLoad } from './$types';

/**
 * The annual report of one program year: the last one that ended unless `?year=` names
 * another. A year that is not a year shows the last ended one with the field's error.
 */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'AnnualReport');
  const timeZone = session.me.activeOrganization?.timeZone ?? DEFAULT_TIME_ZONE;
  const asked = url.searchParams.get('year');
  const year = yearParam(asked) ?? lastEndedProgramYear(timeZone);
  try {
    const { data } = await execute(fetch, AnnualReportPageDocument, { year });
    return {
      year,
      yearError: asked !== null && yearParam(asked) === null ? m.reports_year_invalid() : null,
      report: data.annualReport,
    };
  } catch (error) {
    handleApiError(error, url);
  }
};

export const actions: Actions = {
  submit: async ({ request, fetch }) => {
    const form = await request.formData();
    const asked = form.get('year');
    const year = yearParam(typeof asked === 'string' ? asked : null);
    if (year === null) {
      return fail(400, { errors: [{ field: 'year', message: m.reports_year_invalid() }] });
    }
    if (form.get('confirm') !== 'yes') {
      return fail(400, {
        errors: [{ field: 'confirm', message: m.reports_submit_confirm_required() }],
      });
    }
    try {
      await execute(fetch, SubmitAnnualReportDocument, { year });
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code !== 'UNAUTHENTICATED') {
        return fail(400, { errors: [describeApiError(error, getLocale())] });
      }
      throw error;
    }
    return { submitted: true };
  },
};
