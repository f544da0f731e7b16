import type { Language, LetterStatus } from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';

/** The label of each fact field, by dotted path. */
const FACT_LABELS: Record<string, () => string> = {
  date: m.letters_fact_date,
  state: m.letters_fact_state,
  'parent.name': m.letters_fact_parent_name,
  'parent.relationship': m.letters_fact_parent_relationship,
  'parent.address': m.letters_fact_parent_address,
  'parent.phone': m.letters_fact_parent_phone,
  'parent.email': m.letters_fact_parent_email,
  'student.name': m.letters_fact_student_name,
  'student.dateOfBirth': m.letters_fact_student_dateOfBirth,
  'student.grade': m.letters_fact_student_grade,
  'student.school': m.letters_fact_student_school,
  'student.address': m.letters_fact_student_address,
  'student.homelessContact': m.letters_fact_student_homelessContact,
  'district.name': m.letters_fact_district_name,
  'district.recipient': m.letters_fact_district_recipient,
  'district.address': m.letters_fact_district_address,
  decision: m.letters_fact_decision,
  decisionDate: m.letters_fact_decisionDate,
  meetingDate: m.letters_fact_meetingDate,
  objections: m.letters_fact_objections,
  evaluationDate: m.letters_fact_evaluationDate,
  evaluationDescription: m.letters_fact_evaluationDescription,
  concerns: m.letters_fact_concerns,
  records: m.letters_fact_records,
  availability: m.letters_fact_availability,
  problem: m.letters_fact_problem,
  violations: m.letters_fact_violations,
  servicesNotDelivered: m.letters_fact_servicesNotDelivered,
  supportingFacts: m.letters_fact_supportingFacts,
  proposedResolution: m.letters_fact_proposedResolution,
};

/** A fact's label; the dotted path itself for one the portal does not know yet. */
export function factLabel(path: string): string {
  return FACT_LABELS[path]?.() ?? path;
}

export function statusLabel(status: LetterStatus): string {
  return status === 'FINAL' ? m.letters_status_final() : m.letters_status_draft();
}

export function languageLabel(lang: Language): string {
  return lang === 'ES' ? m.letters_lang_es() : m.letters_lang_en();
}
