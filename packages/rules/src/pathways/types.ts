import { RulesInputError } from '../errors.js';
import type { IsoDate } from '../days/index.js';
import type { Confidence } from '../states/index.js';

/**
 * What a family disagrees with, as the intake asks it (the rows of the decision guide in
 * the reference's section C).
 *
 * @example
 * ```ts
 * const issue: IssueId = 'services_not_provided';
 * ```
 */
export type IssueId =
  | 'evaluation_refused'
  | 'evaluation_disputed'
  | 'evaluation_late'
  | 'eligibility_denied'
  | 'services_insufficient'
  | 'services_not_provided'
  | 'placement_change'
  | 'discipline'
  | 'procedural_violation'
  | 'records_denied'
  | 'communication_breakdown'
  | 'discrimination';

/**
 * Every issue id, in the order the questionnaire lists them.
 *
 * @example
 * ```ts
 * issueIds.length; // 12
 * ```
 */
export const issueIds: readonly IssueId[] = [
  'evaluation_refused',
  'evaluation_disputed',
  'evaluation_late',
  'eligibility_denied',
  'services_insufficient',
  'services_not_provided',
  'placement_change',
  'discipline',
  'procedural_violation',
  'records_denied',
  'communication_breakdown',
  'discrimination',
];

/**
 * The steps of the dispute-resolution continuum a family can take.
 *
 * @example
 * ```ts
 * const first: PathwayId = 'pwn_request';
 * ```
 */
export type PathwayId =
  | 'written_follow_up'
  | 'pwn_request'
  | 'section_504_notice_request'
  | 'records_request'
  | 'evaluation_request'
  | 'iee_request'
  | 'iep_meeting_request'
  | 'section_504_meeting'
  | 'facilitation'
  | 'mediation'
  | 'state_complaint'
  | 'section_504_grievance'
  | 'ferpa_complaint'
  | 'section_504_hearing'
  | 'due_process'
  | 'expedited_due_process'
  | 'manifestation_determination_request'
  | 'ocr_complaint';

/**
 * Every pathway id, least formal first (the continuum of the reference's section C). Ties in
 * the ranking go to the less formal step. The Section 504 routes (34 CFR 104.7(b), 104.35,
 * 104.36) sit beside their IDEA counterparts: the district's 504 notice beside prior written
 * notice, the 504 team meeting beside the IEP meeting, the district's grievance procedure
 * before the complaints to outside offices, the 504 impartial hearing before due process.
 * The API's case stages are this list after `intake`.
 *
 * @example
 * ```ts
 * pathwayIds.indexOf('mediation') < pathwayIds.indexOf('due_process'); // true
 * ```
 */
export const pathwayIds: readonly PathwayId[] = [
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
];

/**
 * Warnings a recommendation can carry.
 *
 * @example
 * ```ts
 * const w: WarningId = 'due_process_limit_near';
 * ```
 */
export type WarningId =
  | 'stay_put'
  | 'due_process_limit_near'
  | 'due_process_limit_passed'
  | 'state_complaint_limit_near'
  | 'state_complaint_limit_passed'
  | 'ocr_limit_near'
  | 'ocr_limit_passed'
  | 'ferpa_limit_near'
  | 'ferpa_limit_passed'
  | 'change_of_placement'
  | 'interim_setting'
  | 'no_written_notice';

/**
 * Every warning id.
 *
 * @example
 * ```ts
 * warningIds.includes('stay_put'); // true
 * ```
 */
export const warningIds: readonly WarningId[] = [
  'stay_put',
  'due_process_limit_near',
  'due_process_limit_passed',
  'state_complaint_limit_near',
  'state_complaint_limit_passed',
  'ocr_limit_near',
  'ocr_limit_passed',
  'ferpa_limit_near',
  'ferpa_limit_passed',
  'change_of_placement',
  'interim_setting',
  'no_written_notice',
];

/**
 * The student's plan: an IEP (IDEA), a Section 504 plan, none yet, or the parent is not sure.
 *
 * @example
 * ```ts
 * const plan: PlanType = '504';
 * ```
 */
export type PlanType = 'iep' | '504' | 'none' | 'unknown';

/**
 * Every plan type.
 *
 * @example
 * ```ts
 * planTypes; // ['iep', '504', 'none', 'unknown']
 * ```
 */
export const planTypes: readonly PlanType[] = ['iep', '504', 'none', 'unknown'];

/**
 * How urgent the family's situation is, in their own judgement.
 *
 * @example
 * ```ts
 * const u: Urgency = 'high';
 * ```
 */
export type Urgency = 'low' | 'medium' | 'high';

/**
 * Every urgency level.
 *
 * @example
 * ```ts
 * urgencies.includes('medium'); // true
 * ```
 */
export const urgencies: readonly Urgency[] = ['low', 'medium', 'high'];

/**
 * The facts a recommendation is made from (the CLI's `recommend` input).
 *
 * - `districtDecisionDate`: when the district made (or refused) the decision the family
 *   disagrees with; the limitation clocks run from it.
 * - `writtenNotice`: whether the district gave that decision in writing (prior written
 *   notice, 34 CFR 300.503).
 * - `changeInEffect`: for a placement change, whether it has already started.
 * - `removalSchoolDays`: school days the child was removed for discipline this school year.
 * - `meetingScheduled`: a meeting with the school is coming (an IEP or 504 meeting, a
 *   manifestation determination, a mediation session): the records request goes before it.
 * - `today`: the date to compute from; the package never reads a clock.
 *
 * @example
 * ```ts
 * const input: RecommendInput = {
 *   state: 'NC', planType: 'iep', issues: ['placement_change'],
 *   districtDecisionDate: '2026-01-10', changeInEffect: false, today: '2026-11-23',
 * };
 * ```
 */
export interface RecommendInput {
  state: string;
  planType: PlanType;
  issues: IssueId[];
  districtDecisionDate?: IsoDate | null;
  writtenNotice?: boolean | null;
  changeInEffect?: boolean | null;
  removalSchoolDays?: number | null;
  meetingScheduled?: boolean | null;
  openToNegotiation?: boolean | null;
  urgency?: Urgency | null;
  today: IsoDate;
}

/**
 * One ranked pathway: `rank` 1 is the first thing to do. `reason` is plain language for the
 * parent, in the requested language; `basis` holds the citations it rests on; `issues` the
 * family's issues it addresses.
 *
 * @example
 * ```ts
 * const p: PathwayRecommendation = {
 *   id: 'pwn_request', rank: 1, reason: 'Ask the school to put its decision in writing. ...',
 *   basis: ['34 CFR 300.503'], confidence: 'high', issues: ['evaluation_refused'],
 * };
 * ```
 */
export interface PathwayRecommendation {
  id: PathwayId;
  rank: number;
  reason: string;
  basis: string[];
  confidence: Confidence;
  issues: IssueId[];
}

/**
 * A warning for the family. Limitation warnings also carry the date the limit ends
 * (`deadline`, null when the state's limit is unknown) and the days left (negative once
 * passed).
 *
 * @example
 * ```ts
 * const w: RecommendationWarning = {
 *   id: 'ocr_limit_near', message: 'A complaint to the Office for Civil Rights ...',
 *   basis: ['34 CFR 100.7(b)'], confidence: 'medium', deadline: '2026-12-20', daysLeft: 27,
 * };
 * ```
 */
export interface RecommendationWarning {
  id: WarningId;
  message: string;
  basis: string[];
  confidence: Confidence;
  deadline?: IsoDate | null;
  daysLeft?: number | null;
}

/**
 * The answer of `recommend`: pathways ranked best first, then warnings.
 *
 * @example
 * ```ts
 * const r: Recommendation = recommend(input, 'en');
 * r.pathways[0]?.rank; // 1
 * ```
 */
export interface Recommendation {
  pathways: PathwayRecommendation[];
  warnings: RecommendationWarning[];
}

/**
 * Checks one value against a closed list of ids, naming `field` when it is not in it.
 *
 * @example
 * ```ts
 * parseOneOf('504', planTypes, 'planType'); // '504'
 * parseOneOf('ifsp', planTypes, 'planType'); // throws RulesInputError('planType', 'ifsp', ...)
 * ```
 */
export function parseOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new RulesInputError(field, value, `must be one of ${allowed.join(', ')}`);
}
