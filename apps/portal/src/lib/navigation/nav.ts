import type { SessionMeFragment } from '@continuum/graphql-client';
import { abilityFor, type PortalAbility } from '$lib/session/ability';
import { accountNav } from './nav-account';
import { advocateNav } from './nav-advocate';
import { caselogsNav } from './nav-caselogs';
import { familyNav } from './nav-family';
import { peopleNav } from './nav-people';
import { reportsNav } from './nav-reports';

/**
 * One entry of the site navigation. Each part of the portal lists its own entries in its own
 * file (nav-account.ts, nav-family.ts, nav-advocate.ts), shown when `visible` says the person
 * may use the page, judged with the same CASL rules the API enforces.
 */
export interface NavItem {
  href: string;
  label: () => string;
  visible: (session: { me: SessionMeFragment; ability: PortalAbility }) => boolean;
}

/** The entries a signed-in person sees, in order: their work first, administration last. */
export function navFor(me: SessionMeFragment | null): NavItem[] {
  if (!me) return [];
  const session = { me, ability: abilityFor(me) };
  return [
    ...familyNav(),
    ...advocateNav(),
    ...caselogsNav(),
    ...peopleNav(),
    ...reportsNav(),
    ...accountNav(),
  ].filter((item) => item.visible(session));
}
