import { subject } from '@casl/ability';
import type { SessionMeFragment } from '@continuum/graphql-client';

export type CaseLogSubjectType =
  'Meeting' | 'ServiceRequirement' | 'ServiceSession' | 'Communication' | 'Note';

/**
 * A case-log entry as the API's CASL rules see it (platform/auth/abilities.ts): the case's
 * organization and people, plus the entry's own fields (a note's visibility and author). The
 * portal knows the case's advocates; a parent is only ever shown their own family's case, so
 * a parent who has it is one of its parents. Used to show or hide Edit and Delete; the API
 * decides again on every change.
 */
export function caseLogSubject(
  type: CaseLogSubjectType,
  me: Pick<SessionMeFragment, 'user' | 'role' | 'activeOrganization'> | null | undefined,
  caseFile: { advocates: readonly { userId: string }[] },
  fields: { visibility?: string; authorUserId?: string | null } = {},
) {
  return subject(type, {
    organizationId: me?.activeOrganization?.id ?? '',
    advocateUserIds: caseFile.advocates.map((advocate) => advocate.userId),
    parentUserIds: me?.role === 'PARENT' ? [me.user.id] : [],
    ...fields,
  });
}
