import type { Confidence } from '../states/index.js';
import type { IssueId, PathwayId, PlanType } from './types.js';

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
// FERPA: the complaint to the Student Privacy Policy Office, 180 days (99.63-99.64), after a
// written request the school must answer within 45 days (99.10(b)).
const FERPA_COMPLAINT = ['34 CFR 99.63', '34 CFR 99.64'];

/**
 * Facilitation is a state program, not a federal right: its basis is the state's own source
 * when the states table has one (added in recommend), else this description, which
 * `recommend` gives in the reader's language (`FACILITATION_BASIS_TEXT`).
 */
export const FACILITATION_BASIS = 'State IEP facilitation program (where offered)';

/**
 * The Section 504 routes (rules-corrections-2026-12.md, Federal, "Section 504-only students",
 * high): the district's procedural safeguards of 34 CFR 104.36 (notice, records, an impartial
 * hearing with a review procedure), its grievance procedure (104.7(b)), a 504 team meeting
 * (the group decisions of 104.35) and a complaint to the Office for Civil Rights (180 days,
 * 100.7(b) through 104.61).
 */
export const SECTION_504 = {
  notice: step('section_504_notice_request', ['34 CFR 104.36'], 'high'),
  records: step('records_request', ['34 CFR 104.36', '34 CFR 99.10'], 'high'),
  meeting: step('section_504_meeting', ['34 CFR 104.35']),
  grievance: step('section_504_grievance', ['34 CFR 104.7(b)'], 'high'),
  hearing: step('section_504_hearing', ['34 CFR 104.36'], 'high'),
  ocr: step('ocr_complaint', OCR),
} as const satisfies Record<string, GuideStep>;

/**
 * The decision guide of the reference's section C, one row per issue, steps in the
 * recommended order, for a child under IDEA (an IEP, or a parent not sure). Confidence
 * follows the reference's tags for the cited rules.
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
  // "Discipline / removal": the records before the manifestation determination meeting (the
  // team reviews "all relevant information in the student's file", 300.530(e); records before
  // a hearing under 300.530-300.532, 300.613(a)); MDR within 10 school days; expedited due
  // process (300.532). Corrections 2026-12, Federal, "Discipline" (high).
  discipline: [
    step('records_request', [...RECORDS, '34 CFR 300.530(e)'], 'high'),
    step('manifestation_determination_request', ['34 CFR 300.530(e)', '34 CFR 300.536']),
    step('expedited_due_process', ['34 CFR 300.532']),
  ],
  // "Procedural violations": written request to cure; state complaint.
  procedural_violation: [
    step('written_follow_up', [...PWN, '34 CFR 300.322']),
    step('state_complaint', STATE_COMPLAINT),
  ],
  // "Records denied/delayed": a written request first (45 days, before meetings); state
  // complaint (300.613) and/or the FERPA complaint (180 days). Prior written notice is not the
  // tool for records (corrections 2026-12, Federal, "Records denied", high).
  records_denied: [
    step('records_request', [...RECORDS, '34 CFR 99.10'], 'high'),
    step('state_complaint', [...STATE_COMPLAINT, '34 CFR 300.613(a)']),
    step('ferpa_complaint', FERPA_COMPLAINT, 'high'),
  ],
  // "Communication breakdown": IEP meeting with agenda; facilitation; mediation.
  communication_breakdown: [
    step('iep_meeting_request', MEETING),
    step('facilitation', [FACILITATION_BASIS]),
    step('mediation', MEDIATION),
  ],
  // "Disability discrimination / retaliation": district 504 grievance (104.7(b)); OCR.
  discrimination: [SECTION_504.grievance, step('ocr_complaint', [...OCR, '34 CFR 100.7(e)'])],
};

/**
 * Issues where the parent seeks IDEA eligibility itself (the questionnaire asks about testing
 * "for special education" and being told the child "cannot get special education"): Part B's
 * procedures govern these for every child.
 */
export const IDENTIFICATION_ISSUES: ReadonlySet<IssueId> = new Set<IssueId>([
  'evaluation_refused',
  'evaluation_late',
  'eligibility_denied',
]);

/**
 * Whether Part B of IDEA governs the child's dispute. A child with only a 504 plan, or with
 * no plan, is not governed by the Part B procedures (prior written notice 300.503, IEE 300.502,
 * state complaint 300.151-153, mediation and due process): their routes are the Section 504
 * ones (34 CFR 104.36, 104.7(b); rules-corrections-2026-12.md, high). A parent who is not sure
 * keeps the IDEA routes: dropping them for a child who has an IEP would cost a right, and the
 * advocate confirms the plan.
 */
export function isIdeaPlan(planType: PlanType): boolean {
  return planType === 'iep' || planType === 'unknown';
}

/**
 * The same step for a child outside Part B (a 504 plan or no plan), as the Section 504 routes
 * that replace it (none when it has no 504 counterpart):
 *
 * - prior written notice (300.503) -> the district's 504 notice (104.36);
 * - records (300.613) -> records under 104.36 and FERPA (99.10: 45 days);
 * - an IEP meeting or a facilitated one -> a 504 team meeting (104.35);
 * - the state complaint -> an OCR complaint (100.7(b), 104.61);
 * - due process -> the district's 504 impartial hearing (104.36);
 * - the expedited hearing of 300.532 -> the 504 hearing for a 504 child; a child with no plan
 *   keeps it, and the manifestation determination, when the district had a basis of knowledge
 *   (300.534, the one IDEA discipline rule the reference gives children not yet eligible);
 * - the manifestation determination -> for a 504 child, the review OCR expects before a
 *   removal that is a significant change in placement (104.35);
 * - the IEE (300.502) and IDEA mediation (300.506) -> nothing;
 * - the evaluation request stays: any parent may ask for an initial IDEA evaluation
 *   (300.301(b)).
 */
export function section504Steps(original: GuideStep, planType: PlanType): GuideStep[] {
  switch (original.pathway) {
    case 'pwn_request':
      return [SECTION_504.notice];
    case 'records_request':
      return [SECTION_504.records];
    case 'iep_meeting_request':
    case 'facilitation':
      return [SECTION_504.meeting];
    case 'state_complaint':
      return [SECTION_504.ocr];
    case 'due_process':
      return [SECTION_504.hearing];
    case 'expedited_due_process':
      return planType === 'none' ? [original] : [SECTION_504.hearing];
    case 'manifestation_determination_request':
      return planType === 'none'
        ? [original]
        : [step('manifestation_determination_request', ['34 CFR 104.35'])];
    case 'written_follow_up':
      return [step('written_follow_up', ['34 CFR 104.36'])];
    case 'iee_request':
    case 'mediation':
      return [];
    case 'evaluation_request':
    case 'section_504_notice_request':
    case 'section_504_meeting':
    case 'section_504_grievance':
    case 'section_504_hearing':
    case 'ferpa_complaint':
    case 'ocr_complaint':
      return [original];
  }
}

/**
 * One issue's row for a child outside Part B: each step as its Section 504 routes, then the
 * district's grievance procedure before the first complaint or hearing ("District 504
 * grievance/hearing -> OCR complaint within 180 days", section C) and the OCR complaint last
 * when the row has none.
 */
export function section504Row(issue: IssueId, planType: PlanType): GuideStep[] {
  // The parent asks for special education itself: Part B governs the identification and
  // evaluation of any child suspected of a disability, whatever plan the child has today
  // (child find 300.111; prior written notice of a refusal to evaluate or identify,
  // 300.503(a)(2); due process on identification and evaluation, 300.507(a)(1); idea-rules.md
  // section C, "District refuses to evaluate"). The corrections' 504-only rule covers disputes
  // about a 504 plan, not a request to be found eligible under IDEA: dropping these routes would
  // cost the family a right. The 504 routes follow.
  if (IDENTIFICATION_ISSUES.has(issue)) {
    return [...GUIDE[issue], SECTION_504.grievance, SECTION_504.ocr];
  }
  // Records: the written request, then the FERPA complaint, the records route of every
  // student (99.63-99.64); the 504 routes after it.
  if (issue === 'records_denied') {
    return [
      SECTION_504.records,
      step('ferpa_complaint', FERPA_COMPLAINT, 'high'),
      SECTION_504.grievance,
      SECTION_504.ocr,
    ];
  }
  // A placement change: the 504 team evaluates before any significant change in placement
  // (104.35), so its meeting comes before the grievance and the hearing.
  if (issue === 'placement_change') {
    return [
      SECTION_504.notice,
      SECTION_504.meeting,
      SECTION_504.grievance,
      SECTION_504.hearing,
      SECTION_504.ocr,
    ];
  }
  const steps: GuideStep[] = [];
  for (const original of GUIDE[issue]) {
    for (const s of section504Steps(original, planType)) {
      if (!steps.some((x) => x.pathway === s.pathway)) steps.push(s);
    }
  }
  if (!steps.some((s) => s.pathway === 'section_504_grievance')) {
    const formal = steps.findIndex(
      (s) => s.pathway === 'ocr_complaint' || s.pathway === 'section_504_hearing',
    );
    steps.splice(formal === -1 ? steps.length : formal, 0, SECTION_504.grievance);
  }
  if (!steps.some((s) => s.pathway === 'ocr_complaint')) steps.push(SECTION_504.ocr);
  return steps;
}
