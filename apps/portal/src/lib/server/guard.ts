import type { SessionMeFragment } from '@continuum/graphql-client';
import { GraphQLRequestError } from '@continuum/graphql-client';
import { error, redirect } from '@sveltejs/kit';
import { abilityFor, type PortalAbility } from '$lib/session/ability';
import { signInRedirect } from '$lib/session/sign-in-redirect';

/**
 * Guards for pages behind sign-in, used by their server loads and actions:
 *
 *   const { me } = await parent();
 *   const session = requireSignedIn(me, url);
 *   requireAbility(session, url, 'manage', 'Membership');
 *
 * A signed-out visitor (or an expired session) goes to sign-in and comes back to the same
 * address afterwards; a signed-in person without the right sees a plain 403 page. The API
 * enforces the same rules on every call; these guards only keep people off pages that would
 * fail.
 */
export interface SignedIn {
  me: SessionMeFragment;
  ability: PortalAbility;
}

export function requireSignedIn(me: SessionMeFragment | null | undefined, url: URL): SignedIn {
  if (!me) redirect(303, signInRedirect(url));
  return { me, ability: abilityFor(me) };
}

export function requireAbility(
  session: SignedIn,
  action: string,
  subjectType: string,
  field?: string,
): void {
  if (session.ability.cannot(action, subjectType, field)) error(403, 'forbidden');
}

/**
 * Rethrows an API error, first turning UNAUTHENTICATED (the session expired or was revoked
 * while the page was open) into the trip through sign-in and back.
 */
export function handleApiError(cause: unknown, url: URL): never {
  if (cause instanceof GraphQLRequestError && cause.code === 'UNAUTHENTICATED') {
    redirect(303, signInRedirect(url));
  }
  throw cause;
}

/** True when the API answered that the session is gone. */
export function isUnauthenticated(cause: unknown): boolean {
  return cause instanceof GraphQLRequestError && cause.code === 'UNAUTHENTICATED';
}
