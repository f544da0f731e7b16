import { m } from '$lib/paraglide/messages';

/**
 * The actions the API's audit trail records (apps/api/src/modules/audit/audit.actions.ts),
 * each in words; audit-labels.test.ts fails when one there has none here. An action this
 * portal does not know yet (an API newer than the portal) reads as a generic "other action",
 * never its code.
 */
const ACTION_LABELS: Record<string, () => string> = {
  'auth.sign_in': m.audit_action_auth_sign_in,
  'auth.sign_in_failed': m.audit_action_auth_sign_in_failed,
  'auth.sign_out': m.audit_action_auth_sign_out,
  'auth.switch_organization': m.audit_action_auth_switch_organization,
  'access.denied': m.audit_action_access_denied,
  'member.invite': m.audit_action_member_invite,
  'member.invite_resend': m.audit_action_member_invite_resend,
  'member.invite_revoke': m.audit_action_member_invite_revoke,
  'member.invite_accept': m.audit_action_member_invite_accept,
  'member.role_change': m.audit_action_member_role_change,
  'member.remove': m.audit_action_member_remove,
  'organization.time_zone_set': m.audit_action_organization_time_zone_set,
  'organization.public_page_update': m.audit_action_organization_public_page_update,
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
  'intake.phone_start': m.audit_action_intake_phone_start,
  'sign_up.request': m.audit_action_sign_up_request,
  'sign_up.confirm': m.audit_action_sign_up_confirm,
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
  'letter.facts_read': m.audit_action_letter_facts_read,
  'letter.draft': m.audit_action_letter_draft,
  'letter.revise': m.audit_action_letter_revise,
  'letter.status_change': m.audit_action_letter_status_change,
  'letter.delete': m.audit_action_letter_delete,
  'letter.read': m.audit_action_letter_read,
  'letter.list': m.audit_action_letter_list,
  'letter.export': m.audit_action_letter_export,
  'binder.export': m.audit_action_binder_export,
  'document.list': m.audit_action_document_list,
  'document.read': m.audit_action_document_read,
  'document.upload': m.audit_action_document_upload,
  'document.download': m.audit_action_document_download,
  'document.update': m.audit_action_document_update,
  'document.archive': m.audit_action_document_archive,
  'document.restore': m.audit_action_document_restore,
  'case_records.search': m.audit_action_case_records_search,
  'meeting.list': m.audit_action_meeting_list,
  'meeting.read': m.audit_action_meeting_read,
  'meeting.create': m.audit_action_meeting_create,
  'meeting.update': m.audit_action_meeting_update,
  'meeting.delete': m.audit_action_meeting_delete,
  'communication.list': m.audit_action_communication_list,
  'communication.create': m.audit_action_communication_create,
  'communication.update': m.audit_action_communication_update,
  'communication.delete': m.audit_action_communication_delete,
  'service.list': m.audit_action_service_list,
  'service.export': m.audit_action_service_export,
  'service.create': m.audit_action_service_create,
  'service.update': m.audit_action_service_update,
  'service.delete': m.audit_action_service_delete,
  'service_session.create': m.audit_action_service_session_create,
  'service_session.update': m.audit_action_service_session_update,
  'service_session.delete': m.audit_action_service_session_delete,
  'note.list': m.audit_action_note_list,
  'note.read': m.audit_action_note_read,
  'note.search': m.audit_action_note_search,
  'note.create': m.audit_action_note_create,
  'note.update': m.audit_action_note_update,
  'note.delete': m.audit_action_note_delete,
  'task.list': m.audit_action_task_list,
  'task.create': m.audit_action_task_create,
  'task.update': m.audit_action_task_update,
  'task.delete': m.audit_action_task_delete,
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
  Document: m.audit_subject_document,
  Letter: m.audit_subject_letter,
  Meeting: m.audit_subject_meeting,
  Communication: m.audit_subject_communication,
  ServiceRequirement: m.audit_subject_service_requirement,
  ServiceSession: m.audit_subject_service_session,
  Note: m.audit_subject_note,
  Task: m.audit_subject_task,
  SignUpRequest: m.audit_subject_sign_up_request,
};

export const AUDIT_ACTIONS = Object.keys(ACTION_LABELS);
export const AUDIT_SUBJECT_TYPES = Object.keys(SUBJECT_LABELS);

export function auditActionLabel(action: string): string {
  return Object.hasOwn(ACTION_LABELS, action)
    ? ACTION_LABELS[action]!()
    : m.words_audit_action_other();
}

export function auditSubjectLabel(subjectType: string): string {
  return Object.hasOwn(SUBJECT_LABELS, subjectType)
    ? SUBJECT_LABELS[subjectType]!()
    : m.words_audit_subject_other();
}
