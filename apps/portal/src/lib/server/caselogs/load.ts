import type { RequestEvent } from '@sveltejs/kit';
import type { SessionMeFragment } from '@continuum/graphql-client';
import { loadFailure } from '$lib/server/form-actions';
import { requireSignedIn } from '$lib/server/guard';

/**
 * A case-log page's load: behind sign-in, then the page's query. A case the API does not show
 * this person (or no such case) is the 404 page; an expired session goes through sign-in.
 * Parents read their own case's logs (the API scopes every list); the page shows the forms
 * only where `me.abilities` allow.
 */
export async function loadCaseLog<Data>(
  event: Pick<RequestEvent, 'url'> & {
    parent: () => Promise<{ me: SessionMeFragment | null }>;
  },
  query: () => Promise<Data>,
): Promise<Data> {
  const { me } = await event.parent();
  requireSignedIn(me, event.url);
  try {
    return await query();
  } catch (error) {
    loadFailure(error, event.url);
  }
}
