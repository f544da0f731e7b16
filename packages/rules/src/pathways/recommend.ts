import { RulesInputError } from '../errors.js';
import { daysBetween, parseIsoDate } from '../days/index.js';
import { parseLang, type Lang } from '../intake/lang.js';
import { getState, type Confidence, type StateProcedures } from '../states/index.js';
import { PATHWAY_REASONS, REASON_NOTES, WARNING_TEXTS, changeOfPlacementText } from './catalog.js';
import {
  EVALUATION_ISSUES,
  FACILITATION_BASIS,
  GUIDE,
  stepFor504,
  type GuideStep,
} from './guide.js';
import { dueProcessClock, limitWarning, ocrClock, stateComplaintClock } from './limits.js';
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
  /** Whether any issue reached this pathway through IDEA (not only through Section 504). */
  idea: boolean;
}

/** The guide's steps for one issue, adapted to the student's plan. */
function stepsFor(issue: IssueId, planType: PlanType): { steps: GuideStep[]; idea: boolean } {
  const steps = GUIDE[issue];
  if (planType !== '504' || EVALUATION_ISSUES.has(issue)) return { steps: [...steps], idea: true };
  const adapted = steps.map(stepFor504).filter((s): s is GuideStep => s !== null);
  // "OCR if 504-only" (section C, discipline); OCR is the 504 family's complaint route.
  if (!adapted.some((s) => s.pathway === 'ocr_complaint')) {
    adapted.push({
      pathway: 'ocr_complaint',
      basis: ['34 CFR 100.7(b)', '34 CFR 104.61'],
      confidence: 'medium',
    });
  }
  return { steps: adapted, idea: false };
}

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
    input.planType !== '504'
  );
}

function collectCandidates(
  input: RecommendInput,
  state: StateProcedures,
): Map<PathwayId, Candidate> {
  const candidates = new Map<PathwayId, Candidate>();
  const add = (s: GuideStep, position: number, issue: IssueId | null, idea: boolean): void => {
    const existing = candidates.get(s.pathway);
    if (existing === undefined) {
      candidates.set(s.pathway, {
        id: s.pathway,
        position,
        basis: [...s.basis],
        confidence: s.confidence,
        issues: issue === null ? [] : [issue],
        idea,
      });
      return;
    }
    existing.position = Math.min(existing.position, position);
    existing.basis = [...new Set([...existing.basis, ...s.basis])];
    existing.confidence = lowest(existing.confidence, s.confidence);
    if (issue !== null && !existing.issues.includes(issue)) existing.issues.push(issue);
    existing.idea ||= idea;
  };
  for (const issue of input.issues) {
    const { steps, idea } = stepsFor(issue, input.planType);
    steps.forEach((s, index) => add(s, index, issue, idea));
  }
  // A child not yet found eligible keeps discipline protections if the district had a basis
  // of knowledge (300.534).
  if (input.planType === 'none' || input.planType === 'unknown') {
    for (const id of ['manifestation_determination_request', 'expedited_due_process'] as const) {
      candidates.get(id)?.basis.push('34 CFR 300.534');
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
  // General rule 1: always capture a written district position first (300.503). When the
  // family already has the decision in writing, asking for it again is not a step.
  if (input.writtenNotice === false) {
    add({ pathway: 'pwn_request', basis: ['34 CFR 300.503'], confidence: 'high' }, 0, null, true);
  } else if (input.writtenNotice === true) {
    candidates.delete('pwn_request');
  }
  return candidates;
}

/** Score adjustments from the family's facts; lower ranks first. */
function adjustedScore(candidate: Candidate, input: RecommendInput): number {
  let score = candidate.position;
  const { id } = candidate;
  if (id === 'pwn_request' && input.writtenNotice === false) score = -10;
  // Filing due process before a proposed change takes effect keeps the current placement.
  if (id === 'due_process' && staysPut(input)) score = Math.min(score, -9);
  // Past 10 school days of removal the manifestation determination clock is running.
  if (id === 'manifestation_determination_request' && removalIsChangeOfPlacement(input))
    score = Math.min(score, -8);
  const cooperative = id === 'facilitation' || id === 'mediation' || id === 'iep_meeting_request';
  // Mediation and facilitation are voluntary (300.506(b)(1)): useless if a side will not talk.
  if (input.openToNegotiation === false && (id === 'facilitation' || id === 'mediation'))
    score += 5;
  if (input.openToNegotiation === true && cooperative) score -= 0.5;
  const binding =
    id === 'state_complaint' ||
    id === 'due_process' ||
    id === 'expedited_due_process' ||
    id === 'ocr_complaint';
  if (input.urgency === 'high' && binding) score -= 0.5;
  if (input.urgency === 'low' && binding) score += 0.5;
  return score;
}

function reasonFor(
  candidate: Candidate,
  input: RecommendInput,
  state: StateProcedures,
  lang: Lang,
): string {
  const parts = [PATHWAY_REASONS[candidate.id][lang]];
  if (candidate.id === 'due_process') {
    if (candidate.idea && staysPut(input)) parts.push(REASON_NOTES.stayPut[lang]);
    if (!candidate.idea) parts.push(REASON_NOTES.hearing504[lang]);
  }
  if (candidate.id === 'manifestation_determination_request' && !candidate.idea) {
    parts.push(REASON_NOTES.review504[lang]);
  }
  if (candidate.id === 'facilitation') {
    parts.push(
      state.facilitation.value === true
        ? REASON_NOTES.facilitationOffered[lang]
        : REASON_NOTES.facilitationUnknown[lang],
    );
  }
  return parts.join(' ');
}

function warningsFor(
  input: RecommendInput,
  state: StateProcedures,
  pathways: readonly Candidate[],
  lang: Lang,
): RecommendationWarning[] {
  const warnings: RecommendationWarning[] = [];
  if (staysPut(input)) {
    warnings.push({
      id: 'stay_put',
      message: WARNING_TEXTS.stay_put[lang],
      basis: ['34 CFR 300.518'],
      confidence: 'medium',
    });
  }
  if (input.writtenNotice === false) {
    warnings.push({
      id: 'no_written_notice',
      message: WARNING_TEXTS.no_written_notice[lang],
      basis: ['34 CFR 300.503(a)', '34 CFR 300.503(b)'],
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
    const has = (id: PathwayId): Candidate | undefined => pathways.find((p) => p.id === id);
    const dueProcess = [has('due_process'), has('expedited_due_process')].some(
      (p) => p?.idea === true,
    );
    const clocks = [
      dueProcess ? dueProcessClock(state) : null,
      has('state_complaint') === undefined ? null : stateComplaintClock(state),
      has('ocr_complaint') === undefined ? null : ocrClock(),
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
 * them, with every issue and citation it serves. The family's facts then adjust the order:
 * no written decision puts the prior written notice request first (general rule 1); a
 * placement change that has not started puts due process ahead (stay-put, 300.518); more
 * than 10 school days of removal puts the manifestation determination first (300.536);
 * `openToNegotiation` and `urgency` move the voluntary and the binding steps.
 *
 * Limitation warnings run from `districtDecisionDate` for every clock that applies to any
 * ranked pathway: due process (the state's limit, or the federal 2 years, saying so),
 * state complaint (1 year, 300.153(c)) and OCR (180 days); "near" is 90 days or fewer.
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
  const scored = candidates
    .map((candidate) => ({ candidate, score: adjustedScore(candidate, valid) }))
    .sort(
      (a, b) =>
        a.score - b.score ||
        b.candidate.issues.length - a.candidate.issues.length ||
        pathwayIds.indexOf(a.candidate.id) - pathwayIds.indexOf(b.candidate.id),
    );
  const pathways: PathwayRecommendation[] = scored.map(({ candidate }, index) => ({
    id: candidate.id,
    rank: index + 1,
    reason: reasonFor(candidate, valid, state, language),
    basis: candidate.basis,
    confidence: candidate.confidence,
    issues: candidate.issues,
  }));
  return { pathways, warnings: warningsFor(valid, state, candidates, language) };
}
