import type { SessionMeFragment } from '@continuum/graphql-client';
import { requireAbility, requireSignedIn, type SignedIn } from '$lib/server/guard';

/**
 * The advocate pages are for whoever may update cases: advocates and org admins. A parent
 * (who may only read their own case) gets the 403 page.
 */
export function requireAdvocate(me: SessionMeFragment | null | undefined, url: URL): SignedIn {
  const session = requireSignedIn(me, url);
  requireAbility(session, 'update', 'Case');
  return session;
}
