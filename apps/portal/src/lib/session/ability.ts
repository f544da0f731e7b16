import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { SessionMeFragment } from '@continuum/graphql-client';

/**
 * What the signed-in person may do, from the very rules the API enforces (`me.abilities`,
 * built by the API's platform/auth/abilities.ts). The portal only uses it to show or hide
 * actions; the API checks again on every request.
 *
 * Subjects the portal checks by type only ('Membership') answer "yes" when any rule could
 * allow it; pass an object tagged with `subject()` to check one record's conditions.
 */
export type PortalAbility = MongoAbility;

export function abilityFor(me: Pick<SessionMeFragment, 'abilities'> | null): PortalAbility {
  const rules = Array.isArray(me?.abilities) ? (me.abilities as RawRuleOf<PortalAbility>[]) : [];
  return createMongoAbility(rules);
}
