import { RulesInputError } from '../errors.js';
import { daysBetween, parseIsoDate } from '../days/index.js';
import { parseLang, type Lang } from '../intake/lang.js';
import {
  EVALUATION_CEILING,
  EVALUATION_REQUEST_RESPONSE,
  getState,
  type Confidence,
  type Duration,
  type Sourced,
  type StateProcedures,
} from '../states/index.js';
import {
  FACILITATION_BASIS_TEXT,
  PATHWAY_REASONS,
  REASON_NOTES,
  WARNING_TEXTS,
  changeOfPlacementText,
  dueProcessLimitText,
  evaluationClockText,
  evaluationResponseText,
  stateComplaintOfficeText,
  type StateNumber,
} from './catalog.js';
import {
  FACILITATION_BASIS,
  GUIDE,
  SECTION_504,
  isIdeaPlan,
  section504Row,
  type GuideStep,
} from './guide.js';
import {
  dueProcessClock,
  ferpaClock,
  limitWarning,
  ocrClock,
  stateComplaintClock,
} from './limits.js';
import {
  issueIds,
  parseOneOf,
  pathwayIds,
  planTypes,
  urgencies,
  type IssueId,
  type PathwayId,
  type PathwayRecommendation,
  type PlanType,
  type RecommendInput,
  type Recommendation,
  type RecommendationWarning,
  type Urgency,
} from './types.js';
import { isRecord } from '../is-record.js';

function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new RulesInputError(field, value, 'must be true or false');
  return value;
}

/**
 * Validates `recommend` input from any source (CLI stdin, API, questionnaire mapping). Every
 * problem is a `RulesInputError` naming the field: `state` (unknown code), `planType`,
 * `issues[2]`, `urgency`, `districtDecisionDate` (impossible or after today), `today`,
 * `removalSchoolDays` (not a whole number from 0 to 366), a boolean of the wrong type.
 *
 * @example
 * ```ts
 * parseRecommendInput({ state: 'CA', planType: 'iep', issues: ['records_denied'], today: '2026-11-23' });
 * parseRecommendInput({ state: 'CA', planType: 'iep', issues: ['bullying'], today: '2026-11-23' });
 * // throws RulesInputError: issues[0]: must be one of evaluation_refused, ...
 * ```
 */
export function parseRecommendInput(value: unknown): RecommendInput {
  if (!isRecord(value)) throw new RulesInputError('input', value, 'must be a JSON object');
  const stateCode = getState(value.state, 'state').code;
  const planType = parseOneOf<PlanType>(value.planType, planTypes, 'planType');
  if (!Array.isArray(value.issues))
    throw new RulesInputError('issues', value.issues, 'must be an array of issue ids');
  if (value.issues.length === 0)
    throw new RulesInputError('issues', value.issues, 'must list at least one issue');
  const issues = [
    ...new Set(
      value.issues.map((issue: unknown, index) =>
        parseOneOf<IssueId>(issue, issueIds, `issues[${index}]`),
      ),
    ),
  ];
  const today = parseIsoDate(value.today, 'today');
  const input: RecommendInput = { state: stateCode, planType, issues, today };
  if (value.districtDecisionDate !== undefined && value.districtDecisionDate !== null) {
    const decided = parseIsoDate(value.districtDecisionDate, 'districtDecisionDate');
    if (daysBetween(today, decided) > 0) {
      throw new RulesInputError(
        'districtDecisionDate',
        decided,
        `must not be after today (${today})`,
      );
    }
    input.districtDecisionDate = decided;
  }
  const writtenNotice = optionalBoolean(value.writtenNotice, 'writtenNotice');
  if (writtenNotice !== undefined) input.writtenNotice = writtenNotice;
  const changeInEffect = optionalBoolean(value.changeInEffect, 'changeInEffect');
  if (changeInEffect !== undefined) input.changeInEffect = changeInEffect;
  const meetingScheduled = optionalBoolean(value.meetingScheduled, 'meetingScheduled');
  if (meetingScheduled !== undefined) input.meetingScheduled = meetingScheduled;
  const openToNegotiation = optionalBoolean(value.openToNegotiation, 'openToNegotiation');
  if (openToNegotiation !== undefined) input.openToNegotiation = openToNegotiation;
  if (value.removalSchoolDays !== undefined && value.removalSchoolDays !== null) {
    const days = value.removalSchoolDays;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 366) {
      throw new RulesInputError(
        'removalSchoolDays',
        days,
        'must be a whole number of school days from 0 to 366',
      );
    }
    input.removalSchoolDays = days;
  }
  if (value.urgency !== undefined && value.urgency !== null) {
    input.urgency = parseOneOf<Urgency>(value.urgency, urgencies, 'urgency');
  }
  return input;
}

const CONFIDENCE_ORDER: readonly Confidence[] = ['unknown', 'low', 'medium', 'high'];

function lowest(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_ORDER.indexOf(a) <= CONFIDENCE_ORDER.indexOf(b) ? a : b;
}

interface Candidate {
  readonly id: PathwayId;
  position: number;
  basis: string[];
  confidence: Confidence;
  issues: IssueId[];
}

/**
 * Steps that are meetings the family may go into disagreeing: the records come first
 * (general rule 3, "records before meetings"; 34 CFR 300.613(a): before any IEP meeting,
 * hearing or resolution session).
 */
const MEETING_STEPS: ReadonlySet<PathwayId> = new Set<PathwayId>([
  'iep_meeting_request',
  'section_504_meeting',
  'facilitation',
  'mediation',
  'manifestation_determination_request',
]);

/**
 * Issues for which a written district position is the first tool (general rule 1). Not
 * records: the tool there is the written records request (rules-corrections-2026-12.md,
 * "Records denied"); not discrimination, which is a Section 504 grievance, not a proposal or
 * refusal of the district.
 */
const NOT_NOTICE_ISSUES: ReadonlySet<IssueId> = new Set<IssueId>([
  'records_denied',
  'discrimination',
]);

const COOPERATIVE: ReadonlySet<PathwayId> = new Set<PathwayId>([
  'facilitation',
  'mediation',
  'iep_meeting_request',
  'section_504_meeting',
]);

const BINDING: ReadonlySet<PathwayId> = new Set<PathwayId>([
  'state_complaint',
  'due_process',
  'expedited_due_process',
  'ocr_complaint',
  'ferpa_complaint',
  'section_504_hearing',
]);

/** Removals over 10 school days in a school year can be a change of placement (300.536). */
function removalIsChangeOfPlacement(input: RecommendInput): boolean {
  return input.issues.includes('discipline') && (input.removalSchoolDays ?? 0) > 10;
}

function staysPut(input: RecommendInput): boolean {
  // Stay-put (300.518) only protects a proposed change that has not started, and only under
  // IDEA; a discipline appeal keeps the interim setting instead (300.533).
  return (
    input.issues.includes('placement_change') &&
    input.changeInEffect !== true &&
    isIdeaPlan(input.planType)
  );
}

function collectCandidates(
  input: RecommendInput,
  state: StateProcedures,
): Map<PathwayId, Candidate> {
  const candidates = new Map<PathwayId, Candidate>();
  const add = (s: GuideStep, position: number, issue: IssueId): void => {
    const existing = candidates.get(s.pathway);
    if (existing === undefined) {
      candidates.set(s.pathway, {
        id: s.pathway,
        position,
        basis: [...s.basis],
        confidence: s.confidence,
        issues: [issue],
      });
      return;
    }
    existing.position = Math.min(existing.position, position);
    existing.basis = [...new Set([...existing.basis, ...s.basis])];
    existing.confidence = lowest(existing.confidence, s.confidence);
    if (!existing.issues.includes(issue)) existing.issues.push(issue);
  };
  const idea = isIdeaPlan(input.planType);
  for (const issue of input.issues) {
    const steps = idea ? GUIDE[issue] : section504Row(issue, input.planType);
    steps.forEach((s, index) => add(s, index, issue));
  }
  // A child not yet found eligible keeps discipline protections if the district had a basis
  // of knowledge (300.534).
  if (input.planType === 'none' || input.planType === 'unknown') {
    for (const id of ['manifestation_determination_request', 'expedited_due_process'] as const) {
      const candidate = candidates.get(id);
      if (candidate !== undefined && !candidate.basis.includes('34 CFR 104.35'))
        candidate.basis.push('34 CFR 300.534');
    }
  }
  // Facilitation is a state program: drop it where the state says it has none, cite the
  // state's source where it has one.
  const facilitation = candidates.get('facilitation');
  if (facilitation !== undefined) {
    if (state.facilitation.value === false) candidates.delete('facilitation');
    else if (state.facilitation.value === true && state.facilitation.source !== null) {
      facilitation.basis = [FACILITATION_BASIS, state.facilitation.source];
      facilitation.confidence = lowest(facilitation.confidence, state.facilitation.confidence);
    }
  }
  // General rule 1: always capture a written district position first (300.503; for a child
  // outside Part B, the notice of 104.36). When the family already has the decision in
  // writing, asking for it again is not a step.
  const notice = idea
    ? { pathway: 'pwn_request' as const, basis: ['34 CFR 300.503'], confidence: 'high' as const }
    : SECTION_504.notice;
  const noticeIssues = input.issues.filter((issue) => !NOT_NOTICE_ISSUES.has(issue));
  if (input.writtenNotice === false) {
    for (const issue of noticeIssues) add(notice, 0, issue);
  } else if (input.writtenNotice === true) {
    candidates.delete('pwn_request');
    candidates.delete('section_504_notice_request');
  }
  // General rule 3: records before any contested meeting, recommended or already coming.
  const meetings = [...candidates.values()].filter((c) => MEETING_STEPS.has(c.id));
  if (meetings.length > 0 || input.meetingScheduled === true) {
    const records: GuideStep = idea
      ? { pathway: 'records_request', basis: ['34 CFR 300.613(a)'], confidence: 'medium' }
      : SECTION_504.records;
    const position = Math.min(...meetings.map((m) => m.position), Infinity) - 0.25;
    const issues =
      input.meetingScheduled === true
        ? input.issues
        : [...new Set(meetings.flatMap((m) => m.issues))];
    for (const issue of issues) add(records, Number.isFinite(position) ? position : 0, issue);
  }
  return candidates;
}

/** Score adjustments from the family's facts; lower ranks first. */
function adjustedScore(candidate: Candidate, input: RecommendInput): number {
  let score = candidate.position;
  const { id } = candidate;
  if (
    (id === 'pwn_request' || id === 'section_504_notice_request') &&
    input.writtenNotice === false
  )
    score = -10;
  // Filing due process before a proposed change takes effect keeps the current placement.
  if (id === 'due_process' && staysPut(input)) score = Math.min(score, -9);
  // Past 10 school days of removal the manifestation determination clock is running.
  if (id === 'manifestation_determination_request' && removalIsChangeOfPlacement(input))
    score = Math.min(score, -8);
  // Mediation and facilitation are voluntary (300.506(b)(1)): useless if a side will not talk.
  if (input.openToNegotiation === false && (id === 'facilitation' || id === 'mediation'))
    score += 5;
  if (input.openToNegotiation === true && COOPERATIVE.has(id)) score -= 0.5;
  if (input.urgency === 'high' && BINDING.has(id)) score -= 0.5;
  if (input.urgency === 'low' && BINDING.has(id)) score += 0.5;
  return score;
}

/**
 * The ranking, best first. The records request goes before every meeting step, whatever
 * moved that step up (general rule 3), and near the top when a meeting is already coming:
 * after the written notice request and a stay-put filing, before the manifestation
 * determination (corrections 2026-12, "Discipline": records before that meeting).
 */
function rank(candidates: readonly Candidate[], input: RecommendInput): Candidate[] {
  const scored = candidates.map((candidate) => ({
    candidate,
    score: adjustedScore(candidate, input),
  }));
  const records = scored.find((s) => s.candidate.id === 'records_request');
  if (records !== undefined) {
    for (const s of scored) {
      if (MEETING_STEPS.has(s.candidate.id))
        records.score = Math.min(records.score, s.score - 0.25);
    }
    if (input.meetingScheduled === true) records.score = Math.min(records.score, -8.5);
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        b.candidate.issues.length - a.candidate.issues.length ||
        pathwayIds.indexOf(a.candidate.id) - pathwayIds.indexOf(b.candidate.id),
    )
    .map((s) => s.candidate);
}

/** A state's number as the reasons quote it: its own, the federal default, or unknown. */
function stateNumber(sourced: Sourced<Duration>): StateNumber {
  if (sourced.value === null || sourced.status === 'unknown') return { origin: 'unknown' };
  const federal = sourced.federalDefault || sourced.status === 'federal_default';
  return { origin: federal ? 'federal_default' : 'state', duration: sourced.value };
}

function evaluationNumber(state: StateProcedures): StateNumber {
  const timeline = state.evaluationTimeline;
  return stateNumber({ ...timeline, value: timeline.value?.duration ?? null });
}

/**
 * The state's education agency by name ("Texas Education Agency"), the office that takes
 * state complaints (34 CFR 300.151), or null when the reference does not know it or its name
 * cannot be read plainly (an acronym or a citation in it).
 */
function agencyName(state: StateProcedures): string | null {
  const agency = state.educationAgency;
  if (agency.value === null || agency.status === 'unknown') return null;
  const name = agency.value.split(/\s*[(,;:—]/)[0]?.trim() ?? '';
  if (!/^[A-Z][A-Za-z .'-]+$/.test(name) || /\b[A-Z]{2,}\b/.test(name)) return null;
  return name;
}

function reasonFor(
  candidate: Candidate,
  input: RecommendInput,
  state: StateProcedures,
  lang: Lang,
): string {
  const idea = isIdeaPlan(input.planType);
  const parts: string[] = [];
  switch (candidate.id) {
    case 'records_request':
      parts.push(idea ? PATHWAY_REASONS.records_request[lang] : REASON_NOTES.recordsFerpa[lang]);
      if (candidate.issues.includes('discipline'))
        parts.push(REASON_NOTES.recordsBeforeManifestation[lang]);
      else if (input.meetingScheduled === true) parts.push(REASON_NOTES.recordsBeforeMeeting[lang]);
      break;
    case 'evaluation_request': {
      parts.push(PATHWAY_REASONS.evaluation_request[lang]);
      const response = EVALUATION_REQUEST_RESPONSE[state.code];
      if (response !== undefined) parts.push(evaluationResponseText(response.duration, lang));
      const ceiling = EVALUATION_CEILING[state.code];
      parts.push(
        evaluationClockText(
          evaluationNumber(state),
          state.evaluationTimeline.value?.pausesForBreaks === true,
          lang,
          ceiling?.duration,
        ),
      );
      break;
    }
    case 'state_complaint':
      parts.push(stateComplaintOfficeText(agencyName(state), lang));
      parts.push(PATHWAY_REASONS.state_complaint[lang]);
      break;
    case 'due_process':
      parts.push(PATHWAY_REASONS.due_process[lang]);
      if (staysPut(input)) parts.push(REASON_NOTES.stayPut[lang]);
      parts.push(dueProcessLimitText(stateNumber(state.dueProcessLimitation), lang));
      break;
    case 'manifestation_determination_request':
    case 'expedited_due_process':
      parts.push(PATHWAY_REASONS[candidate.id][lang]);
      if (input.planType === '504') {
        if (candidate.id === 'manifestation_determination_request')
          parts.push(REASON_NOTES.review504[lang]);
      } else if (input.planType !== 'iep') parts.push(REASON_NOTES.basisOfKnowledge[lang]);
      break;
    case 'facilitation':
      parts.push(PATHWAY_REASONS.facilitation[lang]);
      parts.push(
        state.facilitation.value === true
          ? REASON_NOTES.facilitationOffered[lang]
          : REASON_NOTES.facilitationUnknown[lang],
      );
      break;
    case 'written_follow_up':
    case 'pwn_request':
    case 'section_504_notice_request':
    case 'iee_request':
    case 'iep_meeting_request':
    case 'section_504_meeting':
    case 'mediation':
    case 'section_504_grievance':
    case 'ferpa_complaint':
    case 'ocr_complaint':
    case 'section_504_hearing':
      parts.push(PATHWAY_REASONS[candidate.id][lang]);
  }
  return parts.join(' ');
}

/** The state's sources for the numbers a reason quotes (unknown numbers cite nothing). */
function stateSources(candidate: Candidate, state: StateProcedures): string[] {
  const known = (sourced: Sourced<unknown>): string[] =>
    sourced.status === 'state' && sourced.source !== null ? [sourced.source] : [];
  if (candidate.id === 'evaluation_request') {
    const response = EVALUATION_REQUEST_RESPONSE[state.code];
    return [
      ...(response === undefined ? [] : [response.source]),
      ...known(state.evaluationTimeline),
    ];
  }
  return candidate.id === 'due_process' ? known(state.dueProcessLimitation) : [];
}

/**
 * Citations stay verbatim; our own descriptive basis is given in the reader's language; the
 * sources of the state's numbers the reason quotes follow the federal ones.
 */
function basisFor(candidate: Candidate, state: StateProcedures, lang: Lang): string[] {
  const own = candidate.basis.map((b) =>
    b === FACILITATION_BASIS ? FACILITATION_BASIS_TEXT[lang] : b,
  );
  return [...new Set([...own, ...stateSources(candidate, state)])];
}

function warningsFor(
  input: RecommendInput,
  state: StateProcedures,
  pathways: readonly Candidate[],
  lang: Lang,
): RecommendationWarning[] {
  const idea = isIdeaPlan(input.planType);
  const has = (id: PathwayId): boolean => pathways.some((p) => p.id === id);
  const warnings: RecommendationWarning[] = [];
  if (staysPut(input)) {
    warnings.push({
      id: 'stay_put',
      message: WARNING_TEXTS.stay_put[lang],
      basis: ['34 CFR 300.518'],
      confidence: 'medium',
    });
  }
  // During an appeal of a disciplinary placement the child stays in the interim setting
  // (300.533), not in the current placement of stay-put (300.518). Corrections 2026-12, high.
  if (input.issues.includes('discipline') && has('expedited_due_process')) {
    warnings.push({
      id: 'interim_setting',
      message: WARNING_TEXTS.interim_setting[lang],
      basis: ['34 CFR 300.533', '34 CFR 300.532'],
      confidence: 'high',
    });
  }
  if (input.writtenNotice === false && input.issues.some((i) => !NOT_NOTICE_ISSUES.has(i))) {
    warnings.push({
      id: 'no_written_notice',
      message: WARNING_TEXTS.no_written_notice[lang],
      basis: idea ? ['34 CFR 300.503(a)', '34 CFR 300.503(b)'] : ['34 CFR 104.36'],
      confidence: 'high',
    });
  }
  if (removalIsChangeOfPlacement(input)) {
    warnings.push(
      input.planType === '504'
        ? {
            id: 'change_of_placement',
            message: WARNING_TEXTS.change_of_placement_504[lang],
            basis: ['34 CFR 104.35'],
            confidence: 'medium',
          }
        : {
            id: 'change_of_placement',
            message: changeOfPlacementText(input.removalSchoolDays ?? 0, lang),
            basis: ['34 CFR 300.536', '34 CFR 300.530(e)', '34 CFR 300.530(d)'],
            confidence: 'medium',
          },
    );
  }
  // Every clock that applies to the family's issues, whether or not its pathway ranks first.
  const decided = input.districtDecisionDate;
  if (decided !== undefined && decided !== null) {
    const clocks = [
      has('due_process') || has('expedited_due_process') ? dueProcessClock(state) : null,
      has('state_complaint') ? stateComplaintClock(state) : null,
      has('ocr_complaint') ? ocrClock() : null,
      has('ferpa_complaint') ? ferpaClock() : null,
    ];
    for (const clock of clocks) {
      if (clock === null) continue;
      const warning = limitWarning(clock, decided, input.today, lang);
      if (warning !== null) warnings.push(warning);
    }
  }
  return warnings;
}

/**
 * Ranks the dispute-resolution pathways for a family, following the decision guide of
 * idea-rules.md section C, and lists the warnings that apply. Several issues are combined: a
 * pathway that serves several issues appears once, ranked by its earliest place in any of
 * them, with every issue and citation it serves. A child with only a 504 plan or no plan
 * gets the Section 504 routes instead of the Part B steps (34 CFR 104.36, 104.7(b)). The
 * family's facts then adjust the order: no written decision puts the prior written notice
 * request (or the district's 504 notice) first (general rule 1; not for records, where the
 * written records request is the tool); a placement change that has not started puts due
 * process ahead (stay-put, 300.518); more than 10 school days of removal puts the
 * manifestation determination first (300.536); the records request goes before every
 * meeting step and near the top when `meetingScheduled` (general rule 3);
 * `openToNegotiation` and `urgency` move the voluntary and the binding steps. Reasons quote
 * the state's own numbers (its filing limit, evaluation clock, education agency) where the
 * reference has them, and "unknown — check your state's procedural safeguards notice" where
 * it does not.
 *
 * Limitation warnings run from `districtDecisionDate` for every clock that applies to any
 * ranked pathway: due process (the state's limit, or the federal 2 years, saying so),
 * state complaint (1 year, 300.153(c)), OCR (180 days) and FERPA (180 days, 99.64(c));
 * "near" is 90 days or fewer. A discipline issue with an expedited hearing among the steps
 * warns that the child stays in the interim setting during the appeal (300.533).
 *
 * Pure: validates its input (`RulesInputError` naming the field) and reads no clock.
 *
 * @example
 * ```ts
 * const r = recommend({
 *   state: 'NC', planType: 'iep', issues: ['placement_change', 'services_not_provided'],
 *   districtDecisionDate: '2026-01-10', writtenNotice: true, changeInEffect: false,
 *   today: '2026-11-23',
 * }, 'en');
 * r.pathways[0]?.id; // 'due_process' (file before the change starts)
 * r.warnings.map((w) => w.id); // ['stay_put', 'due_process_limit_near', 'state_complaint_limit_near']
 * ```
 */
export function recommend(input: RecommendInput, lang: Lang): Recommendation {
  const valid = parseRecommendInput(input);
  const language = parseLang(lang);
  const state = getState(valid.state, 'state');
  const candidates = [...collectCandidates(valid, state).values()];
  const pathways: PathwayRecommendation[] = rank(candidates, valid).map((candidate, index) => ({
    id: candidate.id,
    rank: index + 1,
    reason: reasonFor(candidate, valid, state, language),
    basis: basisFor(candidate, state, language),
    confidence: candidate.confidence,
    issues: candidate.issues,
  }));
  return { pathways, warnings: warningsFor(valid, state, candidates, language) };
}
