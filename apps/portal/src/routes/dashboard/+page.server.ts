import { subject } from '@casl/ability';
import { DashboardPageDocument, execute, GraphQLRequestError } from '@continuum/graphql-client';
import { programYear, programYearOf } from '@continuum/rules';
import { apiLanguage } from '$lib/family/labels';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import { dayInZone, DEFAULT_TIME_ZONE } from '$lib/time-zone';
import type { PageServerLoad } from './$types';

/**
 * The dashboard for `?from=&to=` (this program year so far by default) and, for org admins,
 * `?staff=` one staff member. A range the API refuses shows the default range with the error
 * named on its field.
 */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Dashboard');
  const timeZone = session.me.activeOrganization?.timeZone ?? DEFAULT_TIME_ZONE;
  const today = dayInZone(new Date(), timeZone);
  const defaults = { from: programYear(programYearOf(today)).start, to: today };
  const asked = {
    from: url.searchParams.get('from') ?? defaults.from,
    to: url.searchParams.get('to') ?? defaults.to,
    staff: url.searchParams.get('staff') ?? '',
  };
  // Whoever may read everyone's work chooses whose; an advocate's is always their own.
  const chooseStaff = session.ability.can(
    'read',
    subject('Dashboard', {
      organizationId: session.me.activeOrganization?.id ?? '',
      staffUserId: null,
    }),
  );
  try {
    const run = (range: { from: string; to: string }, staffUserId: string | null) =>
      execute(fetch, DashboardPageDocument, {
        input: { from: range.from, to: range.to, staffUserId },
        withStaff: chooseStaff,
        lang: apiLanguage(getLocale()),
      });
    let errors: { field?: string; message: string }[] = [];
    let result;
    try {
      result = await run(asked, chooseStaff && asked.staff ? asked.staff : null);
    } catch (error) {
      if (!(error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT')) throw error;
      errors = [describeApiError(error, getLocale())];
      result = await run(defaults, null);
    }
    const staffChoices = (result.data.organizationMembers ?? [])
      .filter((member) => member.role !== 'PARENT')
      .map((member) => member.user)
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      dashboard: result.data.dashboard,
      asked,
      errors,
      chooseStaff,
      staffChoices,
    };
  } catch (error) {
    handleApiError(error, url);
  }
};
