import type { CaseStatus, IntakeStatus } from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { dayInZone, DEFAULT_TIME_ZONE } from '$lib/time-zone';

/*
 * Names the family pages give to the ids the API returns (pathways, statuses, timeline
 * kinds), in the reader's language. An id this portal does not know yet is shown as it
 * comes, readable if not translated, rather than hidden.
 */

const humanize = (id: string) => id.replaceAll('_', ' ');

const PATHWAY_TITLES: Readonly<Record<string, () => string>> = {
  intake: m.family_stage_intake,
  written_follow_up: m.family_pathway_written_follow_up,
  pwn_request: m.family_pathway_pwn_request,
  records_request: m.family_pathway_records_request,
  evaluation_request: m.family_pathway_evaluation_request,
  iee_request: m.family_pathway_iee_request,
  iep_meeting_request: m.family_pathway_iep_meeting_request,
  facilitation: m.family_pathway_facilitation,
  mediation: m.family_pathway_mediation,
  manifestation_determination_request: m.family_pathway_manifestation_determination_request,
  state_complaint: m.family_pathway_state_complaint,
  ocr_complaint: m.family_pathway_ocr_complaint,
  due_process: m.family_pathway_due_process,
  expedited_due_process: m.family_pathway_expedited_due_process,
  section_504_notice_request: m.family_pathway_section_504_notice_request,
  section_504_meeting: m.family_pathway_section_504_meeting,
  section_504_grievance: m.family_pathway_section_504_grievance,
  ferpa_complaint: m.family_pathway_ferpa_complaint,
  section_504_hearing: m.family_pathway_section_504_hearing,
};

/** A pathway or continuum stage by name; also proceeding kinds that share a pathway's id. */
export function pathwayTitle(id: string): string {
  return PATHWAY_TITLES[id]?.() ?? humanize(id);
}

const PREPARE: Readonly<Record<string, () => string>> = {
  written_follow_up: m.family_prepare_written_follow_up,
  pwn_request: m.family_prepare_pwn_request,
  records_request: m.family_prepare_records_request,
  evaluation_request: m.family_prepare_evaluation_request,
  iee_request: m.family_prepare_iee_request,
  iep_meeting_request: m.family_prepare_iep_meeting_request,
  facilitation: m.family_prepare_facilitation,
  mediation: m.family_prepare_mediation,
  manifestation_determination_request: m.family_prepare_manifestation_determination_request,
  state_complaint: m.family_prepare_state_complaint,
  ocr_complaint: m.family_prepare_ocr_complaint,
  due_process: m.family_prepare_due_process,
  expedited_due_process: m.family_prepare_expedited_due_process,
  section_504_notice_request: m.family_prepare_section_504_notice_request,
  section_504_meeting: m.family_prepare_section_504_meeting,
  section_504_grievance: m.family_prepare_section_504_grievance,
  ferpa_complaint: m.family_prepare_ferpa_complaint,
  section_504_hearing: m.family_prepare_section_504_hearing,
};

/** What to gather before taking a step: practical, not legal, advice. */
export function pathwayPrepare(id: string): string | undefined {
  return PREPARE[id]?.();
}

export function confidenceLabel(level: string): string {
  switch (level) {
    case 'high':
      return m.family_confidence_high();
    case 'medium':
      return m.family_confidence_medium();
    case 'low':
      return m.family_confidence_low();
    default:
      return m.family_confidence_unknown();
  }
}

export function caseStatusLabel(status: CaseStatus): string {
  switch (status) {
    case 'OPEN':
      return m.family_status_OPEN();
    case 'ACTIVE':
      return m.family_status_ACTIVE();
    case 'RESOLVED':
      return m.family_status_RESOLVED();
    case 'CLOSED':
      return m.family_status_CLOSED();
  }
}

export function intakeStatusLabel(status: IntakeStatus): string {
  switch (status) {
    case 'DRAFT':
      return m.family_intake_status_DRAFT();
    case 'SUBMITTED':
      return m.family_intake_status_SUBMITTED();
    case 'TRIAGED':
      return m.family_intake_status_TRIAGED();
  }
}

/**
 * A calendar date written out in the reader's language: a `YYYY-MM-DD` day as it is (a
 * deadline's day must not move with anyone's time zone), an ISO timestamp as the day it fell
 * on in the organization's time zone.
 */
export function formatDate(value: string, locale: Locale, timeZone = DEFAULT_TIME_ZONE): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : new Date(value);
  const day =
    instant && !Number.isNaN(instant.getTime()) ? dayInZone(instant, timeZone) : value.slice(0, 10);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/** The API's language enum for the reader's locale. */
export function apiLanguage(locale: Locale): 'EN' | 'ES' {
  return locale === 'es' ? 'ES' : 'EN';
}
