import { AuditActorsDocument, AuditEventsDocument, execute } from '@continuum/graphql-client';
import { readAuditQuery } from '$lib/account/audit-filter';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

/** The filters are a GET form: the address holds them, so a filtered view can be bookmarked. */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'AuditEvent');
  const query = readAuditQuery(
    url.searchParams,
    getLocale(),
    session.me.activeOrganization?.timeZone,
  );
  try {
    const [events, actors] = await Promise.all([
      execute(fetch, AuditEventsDocument, {
        filter: query.filter,
        after: query.after,
        first: PAGE_SIZE,
      }),
      execute(fetch, AuditActorsDocument),
    ]);
    return {
      values: query.values,
      errors: query.errors,
      olderPage: query.after !== null,
      events: events.data.auditEvents.nodes,
      nextCursor: events.data.auditEvents.nextCursor ?? null,
      actors: actors.data.organizationMembers
        .map((member) => member.user)
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  } catch (error) {
    handleApiError(error, url);
  }
};
