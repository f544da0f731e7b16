import type { SessionMeFragment } from '@continuum/graphql-client';
import { requireAbility, requireSignedIn, type SignedIn } from '$lib/server/guard';

/**
 * The letter pages are the advocates' (drafting, editing, sharing); a parent, who may only
 * read the final letters of their own case, gets the 403 page and reads them on /my-case.
 */
export function requireLetterWriter(me: SessionMeFragment | null | undefined, url: URL): SignedIn {
  const session = requireSignedIn(me, url);
  requireAbility(session, 'create', 'Letter');
  return session;
}
