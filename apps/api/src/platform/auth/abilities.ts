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
/**
 * An invitation, with the role it offers and whether it is sent for a family (a parent
 * invited from a phone intake, linked to that family on accepting).
 */
export type InvitationSubject = ForcedSubject<'Invitation'> & {
  organizationId: string;
  role: string;
  forFamily: boolean;
};
/** A Parent Center's annual report of one organization (org admins only). */
export type AnnualReportSubject = ForcedSubject<'AnnualReport'> & { organizationId: string };
/**
 * A person of the organization's registry, and an individual-assistance contact with the staff
 * member who made it and who logged it (advocates change only their own).
 */
export type PersonSubject = ForcedSubject<'Person'> & { organizationId: string };
export type ContactSubject = ForcedSubject<'Contact'> & {
  organizationId: string;
  staffUserId: string | null;
  createdByUserId: string | null;
};
/**
 * The organization's dashboard, for one staff member's work (`staffUserId`) or everyone's
 * (null): org admins see any; an advocate only their own.
 */
export type DashboardSubject = ForcedSubject<'Dashboard'> & {
  organizationId: string;
  staffUserId: string | null;
};
/** A training or an outreach entry of the organization (report Sections I.A and V). */
export type TrainingSubject = ForcedSubject<'Training'> & { organizationId: string };
export type OutreachSubject = ForcedSubject<'OutreachActivity'> & { organizationId: string };
export type Subject =
  | 'all'
  | 'Dashboard'
  | DashboardSubject
  | 'Training'
  | 'OutreachActivity'
  | TrainingSubject
  | OutreachSubject
  | 'AnnualReport'
  | AnnualReportSubject
  | 'Person'
  | PersonSubject
  | 'Contact'
  | ContactSubject
  | 'Organization'
  | OrganizationSubject
  | 'Membership'
  | MembershipSubject
  | 'AuditEvent'
  | 'Invitation'
  | InvitationSubject
  | 'PhoneIntake'
  | 'DistrictCalendar'
  | CaseFileSubjectType
  | 'Document'
  | DocumentSubject
  | { [T in CaseFileSubjectType]: ForcedSubject<T> & CaseFileFields }[CaseFileSubjectType];

/**
 * A family's records (Family, Student, Intake, Case, Proceeding, Letter) are checked with the
 * people they belong to: the parents linked to the family, and the advocates assigned to its
 * cases (for a family or an intake also the advocate who entered it). `awaitingTriage` marks an
 * intake (and its family) submitted and not yet turned into a case: every advocate of the
 * organization may pick it up. A letter's `status` is DRAFT or FINAL.
 */
export type CaseFileSubjectType =
  'Family' | 'Student' | 'Intake' | 'Case' | 'Proceeding' | 'Letter' | CaseLogSubjectType;
/**
 * A case's records (modules/case-logs), checked with the case's people like the case itself;
 * a note also carries its visibility and author, a task its assignee.
 */
export type CaseLogSubjectType =
  'Meeting' | 'ServiceRequirement' | 'ServiceSession' | 'Communication' | 'Note' | 'Task';
export const CASE_LOG_SUBJECTS: CaseLogSubjectType[] = [
  'Meeting',
  'ServiceRequirement',
  'ServiceSession',
  'Communication',
  'Note',
  'Task',
];
export interface CaseFileFields {
  organizationId: string;
  parentUserIds: string[];
  advocateUserIds: string[];
  awaitingTriage?: boolean;
  status?: string;
  visibility?: string;
  authorUserId?: string | null;
  assigneeUserId?: string | null;
}
export type CaseFileSubject = ForcedSubject<CaseFileSubjectType> & CaseFileFields;
/** A document of a case: the case's people, and whether the family may see it. */
export type DocumentSubject = ForcedSubject<'Document'> &
  CaseFileFields & { visibility: 'shared' | 'internal' };
/** Organization settings that change what a role may see. */
export interface AbilityOptions {
  /** Advocates see every case of the organization, not only those assigned to them. */
  advocatesSeeAllCases?: boolean;
}
export type AppAbility = MongoAbility<[Action, Subject]>;
export type AppRawRule = RawRuleOf<AppAbility>;

/**
 * The one place that decides what a member may do, from their role in the active
 * organization (DESIGN.md "Tenancy and access"). The portal receives the same rules through
 * `me.abilities` and evaluates them with CASL to show or hide actions.
 */
export function defineAbilitiesFor(actor: Actor | null, options: AbilityOptions = {}): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const organizationId = actor?.organizationId;
  if (!actor || !organizationId || !actor.role) return build();

  can('read', 'Organization', { id: organizationId });
  switch (actor.role) {
    case 'ORG_ADMIN':
      can('update', 'Organization', { id: organizationId });
      can('manage', 'Membership', { organizationId });
      can('read', 'AuditEvent');
      can('manage', 'Invitation');
      can('create', 'PhoneIntake');
      can('manage', ['Family', 'Student', 'Intake', 'Case', 'Proceeding'], { organizationId });
      can('manage', 'Document', { organizationId });
      can('manage', CASE_LOG_SUBJECTS, { organizationId });
      // A note is its author's words: others may delete it, never rewrite it.
      cannot('update', 'Note', { authorUserId: { $ne: actor.userId } });
      can('manage', 'DistrictCalendar');
      can('manage', 'Letter', { organizationId });
      can(['read', 'create'], 'AnnualReport', { organizationId });
      can('read', 'Dashboard', { organizationId });
      // Merging two people deletes one of them: only admins.
      can('manage', ['Person', 'Contact'], { organizationId });
      can('manage', ['Training', 'OutreachActivity'], { organizationId });
      break;
    case 'ADVOCATE': {
      can('read', 'Membership', { organizationId });
      const mine = { organizationId, advocateUserIds: { $all: [actor.userId] } };
      const scope = options.advocatesSeeAllCases ? { organizationId } : mine;
      // Advocates enter families and intakes on a family's behalf, pick up any intake
      // awaiting triage, and work the cases assigned to them (or all, by setting).
      can('create', ['Family', 'Student', 'Intake', 'Case', 'Proceeding']);
      // A phone intake: staff enter a new caller's family, child and answers for them, and
      // may invite that parent to the family they entered (never a member of another role).
      can('create', 'PhoneIntake');
      can('create', 'Invitation', { organizationId, role: 'PARENT', forFamily: true });
      can(['read', 'update'], ['Family', 'Student', 'Intake', 'Case', 'Proceeding'], scope);
      can(['read', 'update'], ['Family', 'Student', 'Intake'], {
        organizationId,
        awaitingTriage: true,
      });
      can(['create', 'read', 'update'], 'Document', scope);
      can(['create', 'read', 'update', 'delete'], CASE_LOG_SUBJECTS, scope);
      cannot('update', 'Note', { authorUserId: { $ne: actor.userId } });
      can('manage', 'DistrictCalendar');
      // Letters are drafted and edited by the advocates working the case.
      can('create', 'Letter');
      can(['read', 'update', 'delete'], 'Letter', scope);
      // Anyone on staff takes a call: advocates find and record people and log contacts,
      // and change or remove the contacts they made or logged.
      can(['create', 'read', 'update'], 'Person', { organizationId });
      can(['create', 'read'], 'Contact', { organizationId });
      can(['update', 'delete'], 'Contact', { organizationId, staffUserId: actor.userId });
      can(['update', 'delete'], 'Contact', { organizationId, createdByUserId: actor.userId });
      can(['create', 'read', 'update'], ['Training', 'OutreachActivity'], { organizationId });
      can('read', 'Dashboard', { organizationId, staffUserId: actor.userId });
      break;
    }
    case 'PARENT': {
      can('read', 'Membership', { organizationId, userId: actor.userId });
      const own = { organizationId, parentUserIds: { $all: [actor.userId] } };
      can('create', ['Family', 'Student', 'Intake']);
      can(['read', 'update'], ['Family', 'Student'], own);
      can('read', ['Intake', 'Case', 'Proceeding'], own);
      // A parent edits an intake only while it is a draft; a case's working notes are
      // the advocates' and never reach a parent.
      can('update', 'Intake', { ...own, status: 'DRAFT' });
      cannot('read', 'Case', ['internalNotes']);
      // A draft is the advocate's work in progress; a letter marked FINAL is shared with the
      // family (read and download), and only as it stands: its earlier drafts stay internal.
      can('read', 'Letter', { ...own, status: 'FINAL' });
      cannot('read', 'Letter', ['versions']);
      // Parents add records to their own family's cases and see only what is shared with
      // them; an internal document never reaches a parent, in a list, by id or by download.
      can(['create', 'read'], 'Document', { ...own, visibility: 'shared' });
      // The family's records: meetings, services and sessions, and communications (the family
      // took part in most of them) are readable; internal notes never are. A parent writes
      // shared notes and edits or deletes their own; sees the tasks assigned to them on their
      // own case and may only tick them done.
      can('read', ['Meeting', 'ServiceRequirement', 'ServiceSession', 'Communication'], own);
      can('read', 'Note', { ...own, visibility: 'SHARED' });
      can('create', 'Note', { ...own, visibility: 'SHARED' });
      can(['update', 'delete'], 'Note', {
        ...own,
        visibility: 'SHARED',
        authorUserId: actor.userId,
      });
      can('read', 'Task', { ...own, assigneeUserId: actor.userId });
      can('update', 'Task', ['done'], { ...own, assigneeUserId: actor.userId });
      break;
    }
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
