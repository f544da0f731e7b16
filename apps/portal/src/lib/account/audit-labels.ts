import { m } from '$lib/paraglide/messages';

/**
 * The actions the API's audit trail records (apps/api/src/modules/audit/audit.actions.ts),
 * each in words. An action the portal does not know yet is shown by its code.
 */
const ACTION_LABELS: Record<string, () => string> = {
  'auth.sign_in': m.audit_action_auth_sign_in,
  'auth.sign_in_failed': m.audit_action_auth_sign_in_failed,
  'auth.sign_out': m.audit_action_auth_sign_out,
  'auth.switch_organization': m.audit_action_auth_switch_organization,
  'member.invite': m.audit_action_member_invite,
  'member.invite_resend': m.audit_action_member_invite_resend,
  'member.invite_revoke': m.audit_action_member_invite_revoke,
  'member.invite_accept': m.audit_action_member_invite_accept,
  'member.role_change': m.audit_action_member_role_change,
  'member.remove': m.audit_action_member_remove,
  'organization.time_zone_set': m.audit_action_organization_time_zone_set,
  'family.list': m.audit_action_family_list,
  'family.read': m.audit_action_family_read,
  'family.create': m.audit_action_family_create,
  'family.update': m.audit_action_family_update,
  'student.read': m.audit_action_student_read,
  'student.create': m.audit_action_student_create,
  'student.update': m.audit_action_student_update,
  'calendar.save': m.audit_action_calendar_save,
  'intake.read': m.audit_action_intake_read,
  'intake.save_draft': m.audit_action_intake_save_draft,
  'intake.submit': m.audit_action_intake_submit,
  'case.list': m.audit_action_case_list,
  'case.read': m.audit_action_case_read,
  'case.create': m.audit_action_case_create,
  'case.update': m.audit_action_case_update,
  'case.assign': m.audit_action_case_assign,
  'case.confirm_state': m.carry_audit_action_case_confirm_state,
  'proceeding.open': m.audit_action_proceeding_open,
  'proceeding.event_record': m.audit_action_proceeding_event_record,
  'proceeding.event_correct': m.audit_action_proceeding_event_correct,
  'deadline.list': m.audit_action_deadline_list,
  'calendar_feed.create': m.audit_action_calendar_feed_create,
  'calendar_feed.revoke': m.audit_action_calendar_feed_revoke,
  'calendar_feed.read': m.audit_action_calendar_feed_read,
};

/** The kinds of record an audit event can be about. */
const SUBJECT_LABELS: Record<string, () => string> = {
  User: m.audit_subject_user,
  Organization: m.audit_subject_organization,
  Membership: m.audit_subject_membership,
  Invitation: m.audit_subject_invitation,
  Family: m.audit_subject_family,
  Student: m.audit_subject_student,
  Intake: m.audit_subject_intake,
  Case: m.audit_subject_case,
  Proceeding: m.audit_subject_proceeding,
  DistrictCalendar: m.audit_subject_district_calendar,
  CalendarFeed: m.audit_subject_calendar_feed,
};

export const AUDIT_ACTIONS = Object.keys(ACTION_LABELS);
export const AUDIT_SUBJECT_TYPES = Object.keys(SUBJECT_LABELS);

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action]?.() ?? action;
}

export function auditSubjectLabel(subjectType: string): string {
  return SUBJECT_LABELS[subjectType]?.() ?? subjectType;
}
