import {
  AdvocateCreateCalendarFeedDocument,
  AdvocateDeadlinesDocument,
  AdvocateRevokeCalendarFeedDocument,
  execute,
} from '@continuum/graphql-client';
import { apiFailure } from '$lib/server/advocate/actions';
import { requireAdvocate } from '$lib/server/advocate/guard';
import { handleApiError } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** "My deadlines" looks two weeks ahead (issue #6). */
const WINDOW_DAYS = 14;

export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  requireAdvocate(me, url);
  try {
    const { data } = await execute(fetch, AdvocateDeadlinesDocument, { withinDays: WINDOW_DAYS });
    return {
      overdue: data.deadlines.filter((deadline) => deadline.overdue),
      upcoming: data.deadlines.filter((deadline) => !deadline.overdue),
    };
  } catch (error) {
    handleApiError(error, url);
  }
};

export const actions: Actions = {
  // The API answers with a path on its own origin; the portal serves the same path
  // (routes/calendar/[...path]), so the link given out is the portal's.
  createFeed: async ({ fetch, url }) => {
    try {
      const { data } = await execute(fetch, AdvocateCreateCalendarFeedDocument);
      return { form: 'feed', feedUrl: new URL(data.createCalendarFeed.path, url.origin).href };
    } catch (error) {
      return apiFailure(error, url, 'feed');
    }
  },

  revokeFeed: async ({ fetch, url }) => {
    try {
      const { data } = await execute(fetch, AdvocateRevokeCalendarFeedDocument);
      return { form: 'feed', revoked: data.revokeCalendarFeed };
    } catch (error) {
      return apiFailure(error, url, 'feed');
    }
  },
};
