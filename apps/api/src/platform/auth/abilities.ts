import {
  AbilityBuilder,
  createMongoAbility,
  type ForcedSubject,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import type { Actor } from '../context/request-context';
import { CommonErrors } from '../errors/domain-error';

export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete';
/** Subjects are plain objects tagged with their type (CASL's `subject('Membership', row)`). */
export type OrganizationSubject = ForcedSubject<'Organization'> & { id: string };
export type MembershipSubject = ForcedSubject<'Membership'> & {
  organizationId: string;
  userId: string;
};
export type Subject =
  | 'all'
  | 'Organization'
  | OrganizationSubject
  | 'Membership'
  | MembershipSubject
  | 'AuditEvent'
  | 'Invitation';
export type AppAbility = MongoAbility<[Action, Subject]>;
export type AppRawRule = RawRuleOf<AppAbility>;

/**
 * The one place that decides what a member may do, from their role in the active
 * organization (DESIGN.md "Tenancy and access"). The portal receives the same rules through
 * `me.abilities` and evaluates them with CASL to show or hide actions.
 */
export function defineAbilitiesFor(actor: Actor | null): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const organizationId = actor?.organizationId;
  if (!actor || !organizationId || !actor.role) return build();

  can('read', 'Organization', { id: organizationId });
  switch (actor.role) {
    case 'ORG_ADMIN':
      can('update', 'Organization', { id: organizationId });
      can('manage', 'Membership', { organizationId });
      can('read', 'AuditEvent');
      can('manage', 'Invitation');
      break;
    case 'ADVOCATE':
      can('read', 'Membership', { organizationId });
      break;
    case 'PARENT':
      can('read', 'Membership', { organizationId, userId: actor.userId });
      break;
  }
  return build();
}

/**
 * Throws unless the actor may act. Denied reads answer "not found" so that ids reveal nothing
 * (STYLE.md); denied actions on something already visible answer "forbidden".
 */
export function assertCan(
  ability: AppAbility,
  action: Action,
  subject: Subject,
  deny: () => Error = CommonErrors.forbidden,
): void {
  if (ability.cannot(action, subject)) throw deny();
}
