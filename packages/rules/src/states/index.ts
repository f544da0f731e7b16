import { RulesInputError } from '../errors.js';
import { convertState, type RawStateRecord } from './convert.js';
import { reviewedState } from './reviewed.js';
import rawStates from './state-procedures.json';
import type { StateProcedures } from './types.js';

export type {
  CivilActionCourt,
  Confidence,
  Duration,
  EndOfYearRule,
  EvaluationTimeline,
  LimitationStart,
  Sourced,
  SourcedStatus,
  StateProcedures,
  StateReview,
} from './types.js';
export { UNKNOWN_NOTE } from './convert.js';
export { CORRECTIONS_2026_12, EVALUATION_CEILING, EVALUATION_REQUEST_RESPONSE, STATE_REVIEW, reviewedState, type ReviewedState } from './reviewed.js';

const STATES: readonly StateProcedures[] = (rawStates as unknown as RawStateRecord[]).map((raw) =>
  convertState(raw, reviewedState(raw.code)),
);
const BY_CODE = new Map(STATES.map((s) => [s.code, s]));

/**
 * The procedures of all 50 states and the District of Columbia, in the dataset's order (by
 * name). Each call returns the same frozen-by-convention objects: do not mutate them.
 *
 * @example
 * ```ts
 * listStates().length; // 51
 * listStates().map((s) => s.code).includes('DC'); // true
 * ```
 */
export function listStates(): StateProcedures[] {
  return [...STATES];
}

/**
 * One jurisdiction's procedures by its two-letter code (any case). Throws
 * {@link RulesInputError} naming `field` for anything else.
 *
 * @example
 * ```ts
 * getState('nc').dueProcessLimitation.value; // { amount: 1, unit: 'years' }
 * getState('ZZ'); // throws RulesInputError: state: unknown state code (got "ZZ")
 * ```
 */
export function getState(code: unknown, field = 'state'): StateProcedures {
  if (typeof code !== 'string') {
    throw new RulesInputError(field, code, 'expected a two-letter state code such as "CA" or "DC"');
  }
  const state = BY_CODE.get(code.trim().toUpperCase());
  if (state === undefined) {
    throw new RulesInputError(field, code, 'unknown state code: expected one of the 50 states or DC, such as "CA"');
  }
  return state;
}
