import type { IntakeAnswers } from '../intake/types.js';
import type { IssueId, PathwayId, Recommendation } from '../pathways/types.js';

/**
 * The letters a starter kit can carry: the four a parent can send alone, before any meeting or
 * filing.
 *
 * @example
 * ```ts
 * const letter: KitLetterTemplate = 'records_request';
 * ```
 */
export type KitLetterTemplate = 'iep_objection' | 'pwn_request' | 'records_request' | 'iee_request';

/**
 * Which branch of the rule chose the letter (see `chooseKitLetter`).
 *
 * @example
 * ```ts
 * const rule: KitLetterRule = 'no_written_notice';
 * ```
 */
export type KitLetterRule =
  'no_written_notice' | 'iep_decision_in_writing' | 'first_ranked' | 'records_fallback';

/**
 * The chosen letter and the branch of the rule that chose it.
 *
 * @example
 * ```ts
 * const choice: KitLetterChoice = { template: 'pwn_request', rule: 'no_written_notice' };
 * ```
 */
export interface KitLetterChoice {
  readonly template: KitLetterTemplate;
  readonly rule: KitLetterRule;
}

/** IEP decisions a parent objects to in writing: what the plan gives and where it is given. */
const OBJECTION_ISSUES: readonly IssueId[] = ['services_insufficient', 'placement_change'];

/** Pathways that are one of the kit's letters, by the same id. */
const LETTER_PATHWAYS: ReadonlySet<PathwayId> = new Set<PathwayId>([
  'pwn_request',
  'records_request',
  'iee_request',
]);

/**
 * Chooses the starter kit's letter from the answers and their recommendation. The first rule
 * that applies wins:
 *
 * 1. `no_written_notice`: the school's decision is not in writing (`written_notice: false`) and
 *    the recommendation asks for it (`pwn_request` is ranked; it is not for records or
 *    discrimination alone) → the prior written notice request. General rule 1: the written
 *    decision comes before every other step (34 CFR 300.503).
 * 2. `iep_decision_in_writing`: a child with an IEP, a dated decision given in writing, about
 *    what the IEP gives or where (`services_insufficient`, `placement_change`) → written
 *    objections, dated the day of the decision (the IEP team decides at its meeting,
 *    34 CFR 300.324), so the disagreement is on the record before the school carries the
 *    decision out (prior written notice comes a reasonable time before, 300.503(a)).
 * 3. `first_ranked`: the best-ranked of `records_request`, `iee_request`, `pwn_request` in the
 *    recommendation → that letter. The IEE request names the evaluation by its date, so without
 *    a decision date it is passed over.
 * 4. `records_fallback`: otherwise the records request. Any parent may ask to see the records
 *    (34 CFR 300.613, 99.10; 104.36 for a 504 plan) and every later step goes better with them.
 *
 * @example
 * ```ts
 * chooseKitLetter(
 *   { state: 'AZ', plan_type: 'iep', issues: ['services_not_provided'],
 *     has_decision_date: true, district_decision_date: '2026-10-01', written_notice: true },
 *   recommendation,
 * ); // { template: 'records_request', rule: 'first_ranked' }
 * ```
 */
export function chooseKitLetter(
  answers: IntakeAnswers,
  recommendation: Recommendation,
): KitLetterChoice {
  const ranked = recommendation.pathways.map((p) => p.id);
  if (answers.written_notice === false && ranked.includes('pwn_request')) {
    return { template: 'pwn_request', rule: 'no_written_notice' };
  }
  const decided =
    answers.has_decision_date === true && answers.district_decision_date !== undefined;
  if (
    answers.plan_type === 'iep' &&
    decided &&
    answers.written_notice === true &&
    answers.issues.some((issue) => OBJECTION_ISSUES.includes(issue))
  ) {
    return { template: 'iep_objection', rule: 'iep_decision_in_writing' };
  }
  for (const id of ranked) {
    if (!LETTER_PATHWAYS.has(id)) continue;
    if (id === 'iee_request' && !decided) continue;
    return { template: id as KitLetterTemplate, rule: 'first_ranked' };
  }
  return { template: 'records_request', rule: 'records_fallback' };
}
