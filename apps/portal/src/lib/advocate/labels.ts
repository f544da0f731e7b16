import type {
  CaseStatus,
  CaseloadSort,
  FiledBy,
  Language,
  PlanType,
} from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';

/**
 * Words for the rules package's ids (pathways, proceeding kinds, issues, warnings), in the
 * reader's language. The ids themselves come from packages/rules through the API; an id the
 * portal has no words for yet (a newer rules release) is shown readable rather than hidden.
 */
type Label = () => string;

/** `resolution_period_end` → "resolution period end": the fallback for ids without words. */
export function humanize(id: string): string {
  const words = id.replaceAll('_', ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function lookup(table: Record<string, Label>, id: string): string {
  return Object.hasOwn(table, id) ? table[id]!() : humanize(id);
}

/** Every continuum stage and proceeding kind (they share ids where they are the same step). */
const PATHWAYS: Record<string, Label> = {
  intake: m.advocate_pathway_intake,
  written_follow_up: m.advocate_pathway_written_follow_up,
  pwn_request: m.advocate_pathway_pwn_request,
  records_request: m.advocate_pathway_records_request,
  evaluation_request: m.advocate_pathway_evaluation_request,
  evaluation: m.advocate_pathway_evaluation,
  iee_request: m.advocate_pathway_iee_request,
  iep: m.advocate_pathway_iep,
  iep_meeting_request: m.advocate_pathway_iep_meeting_request,
  facilitation: m.advocate_pathway_facilitation,
  mediation: m.advocate_pathway_mediation,
  manifestation_determination_request: m.advocate_pathway_manifestation_determination_request,
  discipline: m.advocate_pathway_discipline,
  state_complaint: m.advocate_pathway_state_complaint,
  ocr_complaint: m.advocate_pathway_ocr_complaint,
  due_process: m.advocate_pathway_due_process,
  expedited_due_process: m.advocate_pathway_expedited_due_process,
  section_504_notice_request: m.advocate_pathway_section_504_notice_request,
  section_504_meeting: m.advocate_pathway_section_504_meeting,
  section_504_grievance: m.advocate_pathway_section_504_grievance,
  ferpa_complaint: m.advocate_pathway_ferpa_complaint,
  section_504_hearing: m.advocate_pathway_section_504_hearing,
};

/** The continuum stages, least formal first (packages/rules' `pathwayIds` after intake). */
export const STAGES = [
  'intake',
  'written_follow_up',
  'pwn_request',
  'section_504_notice_request',
  'records_request',
  'evaluation_request',
  'iee_request',
  'iep_meeting_request',
  'section_504_meeting',
  'facilitation',
  'mediation',
  'manifestation_determination_request',
  'section_504_grievance',
  'state_complaint',
  'ferpa_complaint',
  'ocr_complaint',
  'section_504_hearing',
  'due_process',
  'expedited_due_process',
] as const;

/** Proceeding kinds in the order of docs/domain.md section 4. */
export const PROCEEDING_KINDS = [
  'pwn_request',
  'records_request',
  'iee_request',
  'evaluation_request',
  'evaluation',
  'iep',
  'iep_meeting_request',
  'facilitation',
  'mediation',
  'state_complaint',
  'due_process',
  'expedited_due_process',
  'discipline',
  'ocr_complaint',
] as const;

const ISSUES: Record<string, Label> = {
  evaluation_refused: m.advocate_issue_evaluation_refused,
  evaluation_disputed: m.advocate_issue_evaluation_disputed,
  evaluation_late: m.advocate_issue_evaluation_late,
  eligibility_denied: m.advocate_issue_eligibility_denied,
  services_insufficient: m.advocate_issue_services_insufficient,
  services_not_provided: m.advocate_issue_services_not_provided,
  placement_change: m.advocate_issue_placement_change,
  discipline: m.advocate_issue_discipline,
  procedural_violation: m.advocate_issue_procedural_violation,
  records_denied: m.advocate_issue_records_denied,
  communication_breakdown: m.advocate_issue_communication_breakdown,
  discrimination: m.advocate_issue_discrimination,
};

/** Issue ids in the questionnaire's order. */
export const ISSUE_IDS = Object.keys(ISSUES);

const WARNINGS: Record<string, Label> = {
  stay_put: m.advocate_warning_stay_put,
  due_process_limit_near: m.advocate_warning_due_process_limit_near,
  due_process_limit_passed: m.advocate_warning_due_process_limit_passed,
  state_complaint_limit_near: m.advocate_warning_state_complaint_limit_near,
  state_complaint_limit_passed: m.advocate_warning_state_complaint_limit_passed,
  ocr_limit_near: m.advocate_warning_ocr_limit_near,
  ocr_limit_passed: m.advocate_warning_ocr_limit_passed,
  ferpa_limit_near: m.advocate_warning_ferpa_limit_near,
  ferpa_limit_passed: m.advocate_warning_ferpa_limit_passed,
  interim_setting: m.advocate_warning_interim_setting,
  change_of_placement: m.advocate_warning_change_of_placement,
  no_written_notice: m.advocate_warning_no_written_notice,
};

export const CASE_STATUSES: readonly CaseStatus[] = ['OPEN', 'ACTIVE', 'RESOLVED', 'CLOSED'];

const STATUSES: Record<CaseStatus, Label> = {
  OPEN: m.advocate_case_status_open,
  ACTIVE: m.advocate_case_status_active,
  RESOLVED: m.advocate_case_status_resolved,
  CLOSED: m.advocate_case_status_closed,
};

export const SORTS: readonly CaseloadSort[] = [
  'UPDATED_AT_DESC',
  'NEXT_DUE_ASC',
  'STUDENT_NAME_ASC',
  'CREATED_AT_DESC',
];

const SORT_LABELS: Record<CaseloadSort, Label> = {
  UPDATED_AT_DESC: m.advocate_sort_updated_at_desc,
  CREATED_AT_DESC: m.advocate_sort_created_at_desc,
  NEXT_DUE_ASC: m.advocate_sort_next_due_asc,
  STUDENT_NAME_ASC: m.advocate_sort_student_name_asc,
};

const PLANS: Record<PlanType, Label> = {
  IEP: m.advocate_plan_iep,
  SECTION_504: m.advocate_plan_section_504,
  NONE: m.advocate_plan_none,
};

const FILED_BY: Record<FiledBy, Label> = {
  parent: m.advocate_filed_by_parent,
  district: m.advocate_filed_by_district,
};

const LANGUAGES: Record<Language, Label> = {
  EN: m.advocate_language_en,
  ES: m.advocate_language_es,
};

export const pathwayLabel = (id: string): string => lookup(PATHWAYS, id);
export const issueLabel = (id: string): string => lookup(ISSUES, id);
export const warningLabel = (id: string): string => lookup(WARNINGS, id);
export const caseStatusLabel = (status: CaseStatus): string => STATUSES[status]();
export const sortLabel = (sort: CaseloadSort): string => SORT_LABELS[sort]();
export const planLabel = (plan: PlanType): string => PLANS[plan]();
export const filedByLabel = (who: FiledBy): string => FILED_BY[who]();
export const languageLabel = (lang: Language): string => LANGUAGES[lang]();
