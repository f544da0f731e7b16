import {
  AdvocateCreateCalendarFeedDocument,
  AdvocateDeadlinesDocument,
  AdvocateRevokeCalendarFeedDocument,
  execute,
} from '@continuum/graphql-client';
import { apiLanguage } from '$lib/family/labels';
import { getLocale } from '$lib/paraglide/runtime';
import { apiFailure } from '$lib/server/form-actions';
import { requireAdvocate } from '$lib/server/advocate/guard';
import { handleApiError } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** "My deadlines" looks two weeks ahead (issue #6). */
const WINDOW_DAYS = 14;

export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  requireAdvocate(me, url);
  try {
    const { data } = await execute(fetch, AdvocateDeadlinesDocument, {
      withinDays: WINDOW_DAYS,
      lang: apiLanguage(getLocale()),
    });
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
      const feedUrl = new URL(data.createCalendarFeed.path, url.origin);
      // The calendar app shows the feed's titles as they are: in the language of the page the
      // link was made on.
      if (getLocale() === 'es') feedUrl.searchParams.set('lang', 'es');
      return { form: 'feed', feedUrl: feedUrl.href };
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
