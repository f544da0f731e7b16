import type { SessionMeFragment } from '@continuum/graphql-client';
import { page } from '$app/state';
import { DEFAULT_TIME_ZONE } from '$lib/time-zone';

/**
 * The active organization's time zone, from the signed-in session every page loads
 * (routes/+layout.server.ts). Read it while a component renders, then pass it to the
 * formatters: `formatInstant(at, locale, timeZone)`.
 */
export function organizationTimeZone(): string {
  const me = page.data.me as SessionMeFragment | null | undefined;
  return me?.activeOrganization?.timeZone ?? DEFAULT_TIME_ZONE;
}
