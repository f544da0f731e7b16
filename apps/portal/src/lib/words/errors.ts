import type { ErrorKey } from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * Words for every key the API's errors carry (apps/api/src/platform/errors/error-keys.ts,
 * emitted in the schema as `ErrorKey`), in the reader's language, written with the error's
 * `params`. A `Record` over the generated union: a key the API adds without words here fails
 * the type check, and errors.test.ts checks both catalogs have each one.
 */
type Params = Readonly<Record<string, unknown>>;
type Words = (params: Params, locale: Locale) => string;

/** A parameter as text; numbers in the reader's form (20,000 or 20.000). */
function text(params: Params, name: string, locale: Locale): string {
  const value = params[name];
  if (typeof value === 'number') return value.toLocaleString(locale === 'es' ? 'es-US' : 'en-US');
  return typeof value === 'string' ? value : '';
}

export const ERROR_WORDS: Readonly<Record<ErrorKey, Words>> = {
  UNAUTHENTICATED: (_p, locale) => m.words_error_unauthenticated({}, { locale }),
  FORBIDDEN: (_p, locale) => m.words_error_forbidden({}, { locale }),
  ID_INVALID: (_p, locale) => m.words_error_id_invalid({}, { locale }),
  NOT_FOUND_CASE: (_p, locale) => m.words_error_not_found_case({}, { locale }),
  NOT_FOUND_COMMUNICATION: (_p, locale) => m.words_error_not_found_communication({}, { locale }),
  NOT_FOUND_DISTRICT_CALENDAR: (_p, locale) =>
    m.words_error_not_found_district_calendar({}, { locale }),
  NOT_FOUND_DOCUMENT: (_p, locale) => m.words_error_not_found_document({}, { locale }),
  NOT_FOUND_EVENT: (_p, locale) => m.words_error_not_found_event({}, { locale }),
  NOT_FOUND_FAMILY: (_p, locale) => m.words_error_not_found_family({}, { locale }),
  NOT_FOUND_INTAKE: (_p, locale) => m.words_error_not_found_intake({}, { locale }),
  NOT_FOUND_INVITATION: (_p, locale) => m.words_error_not_found_invitation({}, { locale }),
  NOT_FOUND_LETTER: (_p, locale) => m.words_error_not_found_letter({}, { locale }),
  NOT_FOUND_LETTER_VERSION: (_p, locale) => m.words_error_not_found_letter_version({}, { locale }),
  NOT_FOUND_MEETING: (_p, locale) => m.words_error_not_found_meeting({}, { locale }),
  NOT_FOUND_MEMBER: (_p, locale) => m.words_error_not_found_member({}, { locale }),
  NOT_FOUND_NOTE: (_p, locale) => m.words_error_not_found_note({}, { locale }),
  NOT_FOUND_ORGANIZATION: (_p, locale) => m.words_error_not_found_organization({}, { locale }),
  NOT_FOUND_PARENT: (_p, locale) => m.words_error_not_found_parent({}, { locale }),
  NOT_FOUND_PROCEEDING: (_p, locale) => m.words_error_not_found_proceeding({}, { locale }),
  NOT_FOUND_SERVICE: (_p, locale) => m.words_error_not_found_service({}, { locale }),
  NOT_FOUND_SESSION: (_p, locale) => m.words_error_not_found_session({}, { locale }),
  NOT_FOUND_STUDENT: (_p, locale) => m.words_error_not_found_student({}, { locale }),
  NOT_FOUND_TASK: (_p, locale) => m.words_error_not_found_task({}, { locale }),
  DATE_INVALID: (_p, locale) => m.words_error_date_invalid({}, { locale }),
  DATE_IN_FUTURE: (_p, locale) => m.words_error_date_in_future({}, { locale }),
  TIME_ZONE_INVALID: (_p, locale) => m.words_error_time_zone_invalid({}, { locale }),
  DATE_INVALID_OR_FUTURE: (_p, locale) => m.words_error_date_invalid_or_future({}, { locale }),
  TEXT_REQUIRED: (p, locale) =>
    m.words_error_text_required({ max: text(p, 'max', locale) }, { locale }),
  TEXT_TOO_LONG: (p, locale) =>
    m.words_error_text_too_long({ max: text(p, 'max', locale) }, { locale }),
  TEXT_CONTROL_CHARACTER: (_p, locale) => m.words_error_text_control_character({}, { locale }),
  TEXT_BROKEN_CHARACTER: (_p, locale) => m.words_error_text_broken_character({}, { locale }),
  NAMES_INVALID: (p, locale) =>
    m.words_error_names_invalid(
      { max: text(p, 'max', locale), length: text(p, 'length', locale) },
      { locale },
    ),
  NAME_INVALID: (p, locale) =>
    m.words_error_name_invalid({ max: text(p, 'max', locale) }, { locale }),
  PHONE_INVALID: (_p, locale) => m.words_error_phone_invalid({}, { locale }),
  MINUTES_INVALID: (p, locale) =>
    m.words_error_minutes_invalid(
      { min: text(p, 'min', locale), max: text(p, 'max', locale) },
      { locale },
    ),
  CHOICE_INVALID: (_p, locale) => m.words_error_choice_invalid({}, { locale }),
  LIST_TOO_LONG: (p, locale) =>
    m.words_error_list_too_long(
      { max: text(p, 'max', locale), length: text(p, 'length', locale) },
      { locale },
    ),
  LANGUAGE_INVALID: (_p, locale) => m.words_error_language_invalid({}, { locale }),
  PAGE_CURSOR_INVALID: (_p, locale) => m.words_error_page_cursor_invalid({}, { locale }),
  PAGE_SIZE_INVALID: (p, locale) =>
    m.words_error_page_size_invalid({ max: text(p, 'max', locale) }, { locale }),
  SERVICE_BUSY: (_p, locale) => m.words_error_service_busy({}, { locale }),
  SEARCH_QUERY_INVALID: (p, locale) =>
    m.words_error_search_query_invalid({ max: text(p, 'max', locale) }, { locale }),
  INVALID_CREDENTIALS: (_p, locale) => m.words_error_invalid_credentials({}, { locale }),
  EMAIL_REQUIRED: (_p, locale) => m.words_error_email_required({}, { locale }),
  EMAIL_INVALID: (_p, locale) => m.words_error_email_invalid({}, { locale }),
  PASSWORD_REQUIRED: (_p, locale) => m.words_error_password_required({}, { locale }),
  PASSWORD_TOO_SHORT: (p, locale) =>
    m.words_error_password_too_short({ min: text(p, 'min', locale) }, { locale }),
  PASSWORD_TOO_LONG: (p, locale) =>
    m.words_error_password_too_long({ max: text(p, 'max', locale) }, { locale }),
  PASSWORD_IS_EMAIL: (_p, locale) => m.words_error_password_is_email({}, { locale }),
  RESET_LINK_INVALID: (_p, locale) => m.words_error_reset_link_invalid({}, { locale }),
  RESET_LINK_USED: (_p, locale) => m.words_error_reset_link_used({}, { locale }),
  RESET_LINK_EXPIRED: (_p, locale) => m.words_error_reset_link_expired({}, { locale }),
  // Back-off waits are seconds at first and at most a few minutes (sign-in-throttle.ts).
  TOO_MANY_ATTEMPTS: (p, locale) =>
    typeof p.seconds === 'number' && p.seconds < 120
      ? m.words_error_too_many_attempts_seconds({ seconds: text(p, 'seconds', locale) }, { locale })
      : m.words_error_too_many_attempts({ minutes: text(p, 'minutes', locale) }, { locale }),
  SIGN_UP_ORGANIZATION_REQUIRED: (_p, locale) =>
    m.words_error_sign_up_organization_required({}, { locale }),
  SIGN_UP_CHILD_NAME_REQUIRED: (_p, locale) =>
    m.words_error_sign_up_child_name_required({}, { locale }),
  SIGN_UP_LINK_INVALID: (_p, locale) => m.words_error_sign_up_link_invalid({}, { locale }),
  SIGN_UP_LINK_EXPIRED: (p, locale) =>
    m.words_error_sign_up_link_expired({ hours: text(p, 'hours', locale) }, { locale }),
  SIGN_UP_ACCOUNT_EXISTS: (_p, locale) => m.words_error_sign_up_account_exists({}, { locale }),
  SIGN_UP_TOO_MANY_REQUESTS: (p, locale) =>
    m.words_error_sign_up_too_many_requests({ minutes: text(p, 'minutes', locale) }, { locale }),
  ALREADY_MEMBER: (_p, locale) => m.words_error_already_member({}, { locale }),
  INVITATION_NOT_FOUND: (_p, locale) => m.words_error_invitation_not_found({}, { locale }),
  INVITATION_EXPIRED: (_p, locale) => m.words_error_invitation_expired({}, { locale }),
  INVITATION_USED: (_p, locale) => m.words_error_invitation_used({}, { locale }),
  INVITATION_REVOKED: (_p, locale) => m.words_error_invitation_revoked({}, { locale }),
  INVITATION_NOT_PENDING: (_p, locale) => m.words_error_invitation_not_pending({}, { locale }),
  INVITATION_PASSWORD_MISMATCH: (_p, locale) =>
    m.words_error_invitation_password_mismatch({}, { locale }),
  NAME_REQUIRED: (_p, locale) => m.words_error_name_required({}, { locale }),
  LAST_ADMIN: (_p, locale) => m.words_error_last_admin({}, { locale }),
  ROLE_INVALID: (_p, locale) => m.words_error_role_invalid({}, { locale }),
  MAILBOX_UNAVAILABLE: (_p, locale) => m.words_error_mailbox_unavailable({}, { locale }),
  PUBLIC_PAGE_SLUG_INVALID: (p, locale) =>
    m.words_error_public_page_slug_invalid(
      { min: text(p, 'min', locale), max: text(p, 'max', locale) },
      { locale },
    ),
  PUBLIC_PAGE_SLUG_TAKEN: (_p, locale) => m.words_error_public_page_slug_taken({}, { locale }),
  PUBLIC_PAGE_SLUG_REQUIRED: (_p, locale) =>
    m.words_error_public_page_slug_required({}, { locale }),
  PUBLIC_PAGE_LANGUAGE_INVALID: (_p, locale) =>
    m.words_error_public_page_language_invalid({}, { locale }),
  PUBLIC_PAGE_LANGUAGES_REQUIRED: (_p, locale) =>
    m.words_error_public_page_languages_required({}, { locale }),
  PUBLIC_PAGE_PHONE_INVALID: (_p, locale) =>
    m.words_error_public_page_phone_invalid({}, { locale }),
  PUBLIC_PAGE_WEBSITE_INVALID: (_p, locale) =>
    m.words_error_public_page_website_invalid({}, { locale }),
  PUBLIC_PAGE_COLOR_INVALID: (_p, locale) =>
    m.words_error_public_page_color_invalid({}, { locale }),
  DEMOGRAPHIC_DECLINED_ALONE: (_p, locale) =>
    m.words_error_demographic_declined_alone({}, { locale }),
  REMINDER_DAYS_INVALID: (_p, locale) => m.words_error_reminder_days_invalid({}, { locale }),
  STATE_CODE_INVALID: (_p, locale) => m.words_error_state_code_invalid({}, { locale }),
  PLAN_TYPE_INVALID: (_p, locale) => m.words_error_plan_type_invalid({}, { locale }),
  INTAKE_FAMILY_REQUIRED: (_p, locale) => m.words_error_intake_family_required({}, { locale }),
  INTAKE_NOT_DRAFT: (_p, locale) => m.words_error_intake_not_draft({}, { locale }),
  INTAKE_STUDENT_NOT_IN_FAMILY: (_p, locale) =>
    m.words_error_intake_student_not_in_family({}, { locale }),
  // The questionnaire words its own problems in both languages; the API passes both on.
  INTAKE_ANSWER_INVALID: (p, locale) =>
    m.words_error_intake_answer_invalid({ reason: text(p, locale, locale) }, { locale }),
  INTAKE_NOT_SUBMITTED: (_p, locale) => m.words_error_intake_not_submitted({}, { locale }),
  CASE_STUDENT_REQUIRED: (_p, locale) => m.words_error_case_student_required({}, { locale }),
  NOT_AN_ADVOCATE: (_p, locale) => m.words_error_not_an_advocate({}, { locale }),
  OUTCOME_REQUIRED: (_p, locale) => m.words_error_outcome_required({}, { locale }),
  CASE_STAGE_INVALID: (_p, locale) => m.words_error_case_stage_invalid({}, { locale }),
  CASE_ISSUE_INVALID: (_p, locale) => m.words_error_case_issue_invalid({}, { locale }),
  CASE_STATUS_INVALID: (_p, locale) => m.words_error_case_status_invalid({}, { locale }),
  CASE_OUTCOME_TOO_LONG: (p, locale) =>
    m.words_error_case_outcome_too_long({ max: text(p, 'max', locale) }, { locale }),
  CASE_NOTES_TOO_LONG: (p, locale) =>
    m.words_error_case_notes_too_long({ max: text(p, 'max', locale) }, { locale }),
  EVENT_NOT_ACCEPTED: (_p, locale) => m.words_error_event_not_accepted({}, { locale }),
  EVENT_DATE_IN_FUTURE: (_p, locale) => m.words_error_event_date_in_future({}, { locale }),
  SCHOOL_DAYS_INVALID: (p, locale) =>
    m.words_error_school_days_invalid(
      { min: text(p, 'min', locale), max: text(p, 'max', locale) },
      { locale },
    ),
  EVENT_ALREADY_CORRECTED: (_p, locale) => m.words_error_event_already_corrected({}, { locale }),
  CORRECTION_REASON_REQUIRED: (p, locale) =>
    m.words_error_correction_reason_required({ max: text(p, 'max', locale) }, { locale }),
  FILED_BY_INVALID: (_p, locale) => m.words_error_filed_by_invalid({}, { locale }),
  DEADLINE_WINDOW_INVALID: (p, locale) =>
    m.words_error_deadline_window_invalid({ max: text(p, 'max', locale) }, { locale }),
  CALENDAR_DISTRICT_REQUIRED: (p, locale) =>
    m.words_error_calendar_district_required({ max: text(p, 'max', locale) }, { locale }),
  CALENDAR_DAYS_REQUIRED: (_p, locale) => m.words_error_calendar_days_required({}, { locale }),
  CALENDAR_EXISTS: (_p, locale) => m.words_error_calendar_exists({}, { locale }),
  END_BEFORE_START: (_p, locale) => m.words_error_end_before_start({}, { locale }),
  SESSION_OUTSIDE_SERVICE: (_p, locale) => m.words_error_session_outside_service({}, { locale }),
  SESSION_REASON_REQUIRED: (p, locale) =>
    m.words_error_session_reason_required({ max: text(p, 'max', locale) }, { locale }),
  TASK_ASSIGNEE_INVALID: (_p, locale) => m.words_error_task_assignee_invalid({}, { locale }),
  DOCUMENTS_NOT_LINKABLE: (_p, locale) => m.words_error_documents_not_linkable({}, { locale }),
  DOCUMENTS_TOO_MANY: (p, locale) =>
    m.words_error_documents_too_many({ max: text(p, 'max', locale) }, { locale }),
  FILE_TOO_LARGE: (p, locale) =>
    m.words_error_file_too_large({ megabytes: text(p, 'megabytes', locale) }, { locale }),
  FILE_TYPE_NOT_ALLOWED: (_p, locale) => m.words_error_file_type_not_allowed({}, { locale }),
  FILE_EXPANDS_TOO_LARGE: (p, locale) =>
    m.words_error_file_expands_too_large({ megabytes: text(p, 'megabytes', locale) }, { locale }),
  FILE_TOO_COMPLEX: (_p, locale) => m.words_error_file_too_complex({}, { locale }),
  FILE_MISSING: (_p, locale) => m.words_error_file_missing({}, { locale }),
  FILE_EMPTY: (_p, locale) => m.words_error_file_empty({}, { locale }),
  FILE_ONE_AT_A_TIME: (_p, locale) => m.words_error_file_one_at_a_time({}, { locale }),
  DOCUMENT_TYPE_INVALID: (_p, locale) => m.words_error_document_type_invalid({}, { locale }),
  DOCUMENT_VISIBILITY_INVALID: (_p, locale) =>
    m.words_error_document_visibility_invalid({}, { locale }),
  DOCUMENT_PARENTS_SHARE_ONLY: (_p, locale) =>
    m.words_error_document_parents_share_only({}, { locale }),
  DOCUMENT_DATE_INVALID: (_p, locale) => m.words_error_document_date_invalid({}, { locale }),
  DOCUMENT_TITLE_INVALID: (p, locale) =>
    m.words_error_document_title_invalid({ max: text(p, 'max', locale) }, { locale }),
  UPLOAD_FORM_INVALID: (_p, locale) => m.words_error_upload_form_invalid({}, { locale }),
  CSRF_HEADER_REQUIRED: (_p, locale) => m.words_error_csrf_header_required({}, { locale }),
  DOCUMENT_ARCHIVED: (_p, locale) => m.words_error_document_archived({}, { locale }),
  LETTER_CHANGED: (p, locale) =>
    m.words_error_letter_changed({ version: text(p, 'version', locale) }, { locale }),
  LETTER_FINAL: (_p, locale) => m.words_error_letter_final({}, { locale }),
  LETTER_DELETE_FINAL: (_p, locale) => m.words_error_letter_delete_final({}, { locale }),
  LETTER_VERSION_INVALID: (_p, locale) => m.words_error_letter_version_invalid({}, { locale }),
  LETTER_FACTS_INVALID: (_p, locale) => m.words_error_letter_facts_invalid({}, { locale }),
  LETTER_TEXT_INVALID: (_p, locale) => m.words_error_letter_text_invalid({}, { locale }),
  LETTER_TEXT_REQUIRED: (_p, locale) => m.words_error_letter_text_required({}, { locale }),
  LETTER_TEXT_TOO_LONG: (p, locale) =>
    m.words_error_letter_text_too_long({ max: text(p, 'max', locale) }, { locale }),
  LETTER_TEXT_CONTROL_CHARACTER: (_p, locale) =>
    m.words_error_letter_text_control_character({}, { locale }),
  LETTER_TEXT_BROKEN_CHARACTER: (_p, locale) =>
    m.words_error_letter_text_broken_character({}, { locale }),
  LETTER_LIST_INVALID: (_p, locale) => m.words_error_letter_list_invalid({}, { locale }),
  LETTER_LIST_COUNT: (p, locale) =>
    m.words_error_letter_list_count(
      { min: text(p, 'min', locale), max: text(p, 'max', locale) },
      { locale },
    ),
  LETTER_BLOCK_TYPE_INVALID: (_p, locale) =>
    m.words_error_letter_block_type_invalid({}, { locale }),
  LETTER_BLOCK_FIELD_INVALID: (_p, locale) =>
    m.words_error_letter_block_field_invalid({}, { locale }),
  LETTER_HEADING_LEVEL_INVALID: (_p, locale) =>
    m.words_error_letter_heading_level_invalid({}, { locale }),
  LETTER_BLOCKS_EMPTY: (_p, locale) => m.words_error_letter_blocks_empty({}, { locale }),
  LETTER_BLOCKS_TOO_MANY: (p, locale) =>
    m.words_error_letter_blocks_too_many({ max: text(p, 'max', locale) }, { locale }),
  LETTER_TOO_LONG: (p, locale) =>
    m.words_error_letter_too_long({ max: text(p, 'max', locale) }, { locale }),
  BINDER_EMPTY: (_p, locale) => m.words_error_binder_empty({}, { locale }),
  REPORT_YEAR_INVALID: (_p, locale) => m.words_error_report_year_invalid({}, { locale }),
  REPORT_YEAR_NOT_ENDED: (p, locale) =>
    m.words_error_report_year_not_ended({ end: text(p, 'end', locale) }, { locale }),
  REPORT_ALREADY_SUBMITTED: (_p, locale) => m.words_error_report_already_submitted({}, { locale }),
  REPORT_LINE_UNKNOWN: (_p, locale) => m.words_error_report_line_unknown({}, { locale }),
  DASHBOARD_RANGE_INVALID: (p, locale) =>
    m.words_error_dashboard_range_invalid({ maxYears: text(p, 'maxYears', locale) }, { locale }),
  REPORT_LIST_UNKNOWN: (_p, locale) => m.words_error_report_list_unknown({}, { locale }),
  REPORT_LIST_EMPTY: (_p, locale) => m.words_error_report_list_empty({}, { locale }),
  REPORT_LIST_ITEM_LABEL_REQUIRED: (p, locale) =>
    m.words_error_report_list_item_label_required(
      { row: text(p, 'row', locale), max: text(p, 'max', locale) },
      { locale },
    ),
  REPORT_LIST_AGE_BAND_INVALID: (p, locale) =>
    m.words_error_report_list_age_band_invalid({ row: text(p, 'row', locale) }, { locale }),
  REPORT_LIST_DUPLICATE: (p, locale) =>
    m.words_error_report_list_duplicate({ row: text(p, 'row', locale) }, { locale }),
  NOT_FOUND_PERSON: (_p, locale) => m.words_error_not_found_person({}, { locale }),
  NOT_FOUND_CONTACT: (_p, locale) => m.words_error_not_found_contact({}, { locale }),
  PERSON_MERGE_SAME: (_p, locale) => m.words_error_person_merge_same({}, { locale }),
  CONTACT_PERSON_REQUIRED: (_p, locale) => m.words_error_contact_person_required({}, { locale }),
  CONTACT_DELIVERY_REQUIRED: (_p, locale) =>
    m.words_error_contact_delivery_required({}, { locale }),
  CONTACT_DELIVERY_NOT_MEETING: (_p, locale) =>
    m.words_error_contact_delivery_not_meeting({}, { locale }),
  COMMUNICATION_PERSON_UNKNOWN: (_p, locale) =>
    m.words_error_communication_person_unknown({}, { locale }),
  NOT_FOUND_TRAINING: (_p, locale) => m.words_error_not_found_training({}, { locale }),
  TRAINING_SESSIONS_INVALID: (_p, locale) =>
    m.words_error_training_sessions_invalid({}, { locale }),
  TRAINING_ATTENDEE_DUPLICATE: (_p, locale) =>
    m.words_error_training_attendee_duplicate({}, { locale }),
  COUNT_INVALID: (_p, locale) => m.words_error_count_invalid({}, { locale }),
  SIGN_IN_NAME_REQUIRED: (_p, locale) => m.words_error_sign_in_name_required({}, { locale }),
  SIGN_IN_EMAIL_INVALID: (_p, locale) => m.words_error_sign_in_email_invalid({}, { locale }),
  SIGN_IN_PHONE_INVALID: (_p, locale) => m.words_error_sign_in_phone_invalid({}, { locale }),
  SIGN_IN_ROLE_INVALID: (_p, locale) => m.words_error_sign_in_role_invalid({}, { locale }),
  SIGN_IN_NO_NAME_COLUMN: (_p, locale) => m.words_error_sign_in_no_name_column({}, { locale }),
  SIGN_IN_TOO_LARGE: (_p, locale) => m.words_error_sign_in_too_large({}, { locale }),
  SIGN_IN_UNREADABLE: (_p, locale) => m.words_error_sign_in_unreadable({}, { locale }),
  MEETING_STAFF_INVALID: (_p, locale) => m.words_error_meeting_staff_invalid({}, { locale }),
  BINDER_TOO_MANY: (p, locale) =>
    m.words_error_binder_too_many({ max: text(p, 'max', locale) }, { locale }),
  BINDER_DUPLICATE: (_p, locale) => m.words_error_binder_duplicate({}, { locale }),
  BINDER_TOO_LARGE: (p, locale) =>
    m.words_error_binder_too_large({ megabytes: text(p, 'megabytes', locale) }, { locale }),
  BINDER_DOCUMENT_NOT_BINDABLE: (_p, locale) =>
    m.words_error_binder_document_not_bindable({}, { locale }),
  BINDER_DESCRIPTION_TOO_LONG: (p, locale) =>
    m.words_error_binder_description_too_long({ max: text(p, 'max', locale) }, { locale }),
  BINDER_DOCUMENT_UNREADABLE: (p, locale) =>
    m.words_error_binder_document_unreadable({ title: text(p, 'title', locale) }, { locale }),
  BINDER_DOCUMENT_PROTECTED: (p, locale) =>
    m.words_error_binder_document_protected({ title: text(p, 'title', locale) }, { locale }),
  BINDER_INTERNAL_NOT_CONFIRMED: (p, locale) =>
    m.words_error_binder_internal_not_confirmed({ title: text(p, 'title', locale) }, { locale }),
  BINDER_INCLUDE_INTERNAL_INVALID: (_p, locale) =>
    m.words_error_binder_include_internal_invalid({}, { locale }),
  RULES_DATE_INVALID: (_p, locale) => m.words_error_rules_date_invalid({}, { locale }),
  RULES_CALENDAR_INVALID: (_p, locale) => m.words_error_rules_calendar_invalid({}, { locale }),
  RULES_STATE_UNKNOWN: (_p, locale) => m.words_error_rules_state_unknown({}, { locale }),
  RULES_KIND_UNKNOWN: (_p, locale) => m.words_error_rules_kind_unknown({}, { locale }),
  RULES_EVENT_NOT_ACCEPTED: (_p, locale) => m.words_error_rules_event_not_accepted({}, { locale }),
  RULES_SCHOOL_DAYS_INVALID: (_p, locale) =>
    m.words_error_rules_school_days_invalid({}, { locale }),
  RULES_VALUE_REQUIRED: (_p, locale) => m.words_error_rules_value_required({}, { locale }),
  RULES_TEXT_TOO_LONG: (p, locale) =>
    m.words_error_rules_text_too_long({ max: text(p, 'max', locale) }, { locale }),
  RULES_TEMPLATE_UNKNOWN: (_p, locale) => m.words_error_rules_template_unknown({}, { locale }),
  RULES_LANGUAGE_INVALID: (_p, locale) => m.words_error_rules_language_invalid({}, { locale }),
  RULES_INPUT_INVALID: (_p, locale) => m.words_error_rules_input_invalid({}, { locale }),
};

/** The words for an API error's key, or null for a key this portal does not know. */
export function errorWords(key: string | undefined, params: Params, locale: Locale): string | null {
  if (!key || !Object.hasOwn(ERROR_WORDS, key)) return null;
  return ERROR_WORDS[key as ErrorKey](params, locale);
}
