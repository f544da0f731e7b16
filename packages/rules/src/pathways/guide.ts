import type { Confidence } from '../states/index.js';
import type { IssueId, PathwayId } from './types.js';

/** One step of the decision guide for one issue, with the law it rests on. */
export interface GuideStep {
  readonly pathway: PathwayId;
  readonly basis: readonly string[];
  /** The reference's tag for the rule: [H] high, [M] medium. [L] leads are never steps. */
  readonly confidence: Confidence;
}

const step = (
  pathway: PathwayId,
  basis: readonly string[],
  confidence: Confidence = 'medium',
): GuideStep => ({
  pathway,
  basis,
  confidence,
});

// The law behind each pathway, before what a particular issue adds.
const PWN = ['34 CFR 300.503'];
const RECORDS = ['34 CFR 300.613(a)'];
const MEETING = ['34 CFR 300.322', '34 CFR 300.324'];
const MEDIATION = ['34 CFR 300.506'];
const STATE_COMPLAINT = ['34 CFR 300.151(b)', '34 CFR 300.152(a)', '34 CFR 300.153'];
const DUE_PROCESS = ['34 CFR 300.507', '34 CFR 300.511(e)'];
const OCR = ['34 CFR 100.7(b)', '34 CFR 104.61'];

/**
 * Facilitation is a state program, not a federal right: its basis is the state's own source
 * when the states table has one (added in recommend), else this description.
 */
export const FACILITATION_BASIS = 'State IEP facilitation program (where offered)';

/**
 * The decision guide of the reference's section C, one row per issue, steps in the
 * recommended order. Confidence follows the reference's tags for the cited rules.
 */
export const GUIDE: Readonly<Record<IssueId, readonly GuideStep[]>> = {
  // "District refuses to evaluate": written request; PWN of refusal; state complaint if the
  // request is ignored (child find 300.111); due process on identification; mediation optional.
  evaluation_refused: [
    step('evaluation_request', ['34 CFR 300.301(b)']),
    step('pwn_request', [...PWN, '34 CFR 300.503(a)(2)'], 'high'),
    step('state_complaint', [...STATE_COMPLAINT, '34 CFR 300.111']),
    step('due_process', DUE_PROCESS),
    step('mediation', MEDIATION),
  ],
  // "Evaluation not completed on time": track the state clock from consent, state complaint.
  evaluation_late: [step('state_complaint', [...STATE_COMPLAINT, '34 CFR 300.301(c)(1)'])],
  // "Eligibility denied": PWN + copy of evaluation; IEE if disputed; eligibility meeting;
  // mediation; due process.
  eligibility_denied: [
    step('pwn_request', [...PWN, '34 CFR 300.306(a)(2)'], 'high'),
    step('iee_request', ['34 CFR 300.502(b)']),
    step('iep_meeting_request', [...MEETING, '34 CFR 300.306']),
    step('mediation', MEDIATION),
    step('due_process', DUE_PROCESS),
  ],
  // "Disagree with district evaluation": IEE at public expense; state complaint if the
  // district neither funds it nor files "without unnecessary delay"; due process.
  evaluation_disputed: [
    step('iee_request', ['34 CFR 300.502(b)(1)', '34 CFR 300.502(b)(2)']),
    step('state_complaint', [...STATE_COMPLAINT, '34 CFR 300.502(b)(2)']),
    step('due_process', [...DUE_PROCESS, '34 CFR 300.502(b)(2)']),
  ],
  // "Services/minutes insufficient": records before a contested meeting (general rule 3);
  // IEP meeting with data; facilitation; mediation; due process (FAPE, Endrew F.).
  services_insufficient: [
    step('records_request', RECORDS),
    step('iep_meeting_request', MEETING),
    step('facilitation', [FACILITATION_BASIS]),
    step('mediation', MEDIATION),
    step('due_process', [...DUE_PROCESS, 'Endrew F. v. Douglas County, 580 U.S. 386 (2017)']),
  ],
  // "IEP not implemented / missed services": service logs through a records request; written
  // notice to the district; state complaint for compensatory services; due process.
  services_not_provided: [
    step('records_request', RECORDS),
    step('written_follow_up', ['34 CFR 300.323(c)(2)']),
    step('state_complaint', STATE_COMPLAINT),
    step('due_process', DUE_PROCESS),
  ],
  // "Placement / LRE change": PWN; due process before the change takes effect (stay-put);
  // facilitation or mediation alongside.
  placement_change: [
    step('pwn_request', [...PWN, '34 CFR 300.503(a)'], 'high'),
    step('due_process', [...DUE_PROCESS, '34 CFR 300.518']),
    step('mediation', MEDIATION),
    step('facilitation', [FACILITATION_BASIS]),
  ],
  // "Discipline / removal": MDR within 10 school days; expedited due process (300.532).
  discipline: [
    step('manifestation_determination_request', ['34 CFR 300.530(e)', '34 CFR 300.536']),
    step('expedited_due_process', ['34 CFR 300.532']),
  ],
  // "Procedural violations": written request to cure; state complaint.
  procedural_violation: [
    step('written_follow_up', [...PWN, '34 CFR 300.322']),
    step('state_complaint', STATE_COMPLAINT),
  ],
  // "Records denied/delayed": written request (45 days, before meetings); state complaint.
  records_denied: [
    step('records_request', [...RECORDS, '34 CFR 99.10']),
    step('state_complaint', [...STATE_COMPLAINT, '34 CFR 300.613(a)']),
  ],
  // "Communication breakdown": IEP meeting with agenda; facilitation; mediation.
  communication_breakdown: [
    step('iep_meeting_request', MEETING),
    step('facilitation', [FACILITATION_BASIS]),
    step('mediation', MEDIATION),
  ],
  // "Disability discrimination / retaliation": district 504 grievance or hearing; OCR.
  discrimination: [
    step('written_follow_up', ['34 CFR 104.36']),
    step('ocr_complaint', [...OCR, '34 CFR 100.7(e)']),
  ],
};

/** Issues about identification and evaluation: IDEA child find applies whatever the plan. */
export const EVALUATION_ISSUES: ReadonlySet<IssueId> = new Set([
  'evaluation_refused',
  'evaluation_late',
  'evaluation_disputed',
  'eligibility_denied',
]);

/**
 * The same step for a student with only a Section 504 plan. The reference: "IDEA state
 * complaint/DP may not cover non-IDEA students"; 504 has its own impartial hearing (34 CFR
 * 104.36) and OCR (180 days); OCR treats removals over 10 days as a significant change
 * needing review (104.35). Steps that exist only under IDEA (IEP facilitation, mediation
 * under 300.506, the expedited hearing of 300.532) return null.
 */
export function stepFor504(original: GuideStep): GuideStep | null {
  switch (original.pathway) {
    case 'state_complaint':
      return step('ocr_complaint', OCR);
    case 'due_process':
      return step('due_process', ['34 CFR 104.36']);
    case 'pwn_request':
      return step('pwn_request', ['34 CFR 104.36']);
    case 'records_request':
      return step('records_request', ['34 CFR 104.36', '34 CFR 99.10']);
    case 'manifestation_determination_request':
      return step('manifestation_determination_request', ['34 CFR 104.35']);
    case 'iep_meeting_request':
      return step('iep_meeting_request', ['34 CFR 104.35']);
    case 'facilitation':
    case 'mediation':
    case 'expedited_due_process':
      return null;
    case 'written_follow_up':
    case 'evaluation_request':
    case 'iee_request':
    case 'ocr_complaint':
      return original;
  }
}
