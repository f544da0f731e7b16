import { extraHolidays, parseEpochDay, schoolEpochDays } from '../days/index.js';
import { RulesInputError } from '../errors.js';
import { getState } from '../states/index.js';
import { ocrComplaint, stateComplaint } from './complaints.js';
import { discipline } from './discipline.js';
import { dueProcess, expeditedDueProcess } from './due-process.js';
import { evaluation, iep } from './evaluation.js';
import {
  evaluationRequest,
  facilitation,
  ieeRequest,
  iepMeetingRequest,
  mediation,
  pwnRequest,
  recordsRequest,
} from './requests.js';
import {
  PROCEEDING_KINDS,
  type CheckedEvent,
  type Deadline,
  type DeadlineContext,
  type DeadlineInput,
  type FiledBy,
  type ProceedingDefinition,
  type ProceedingEvent,
  type ProceedingKind,
} from './types.js';

export {
  PROCEEDING_KINDS,
  type Deadline,
  type DeadlineInput,
  type DeadlineStatus,
  type EventDefinition,
  type FiledBy,
  type ProceedingDefinition,
  type ProceedingEvent,
  type ProceedingKind,
} from './types.js';
import { isRecord } from '../is-record.js';

const DEFINITIONS: Readonly<Record<ProceedingKind, ProceedingDefinition>> = {
  pwn_request: pwnRequest,
  records_request: recordsRequest,
  iee_request: ieeRequest,
  evaluation_request: evaluationRequest,
  evaluation,
  iep,
  iep_meeting_request: iepMeetingRequest,
  facilitation,
  mediation,
  state_complaint: stateComplaint,
  due_process: dueProcess,
  expedited_due_process: expeditedDueProcess,
  discipline,
  ocr_complaint: ocrComplaint,
};

/** Most events one proceeding may carry in one call (keeps every call bounded). */
const MAX_EVENTS = 1000;

/**
 * Checks a proceeding kind from untrusted input.
 *
 * @example
 * ```ts
 * parseKind('mediation', 'kind'); // 'mediation'
 * parseKind('lawsuit', 'kind');   // throws RulesInputError
 * ```
 */
export function parseKind(value: unknown, field = 'kind'): ProceedingKind {
  if (typeof value === 'string' && (PROCEEDING_KINDS as readonly string[]).includes(value)) {
    return value as ProceedingKind;
  }
  throw new RulesInputError(field, value, `unknown proceeding kind; expected one of ${PROCEEDING_KINDS.join(', ')}`);
}

/**
 * A kind's state machine: states, accepted events and deadline rules.
 *
 * @example
 * ```ts
 * Object.keys(proceedingDefinition('mediation').events); // ['requested', 'session_scheduled', ...]
 * ```
 */
export function proceedingDefinition(kind: ProceedingKind): ProceedingDefinition {
  return DEFINITIONS[parseKind(kind)];
}

function checkEvent(def: ProceedingDefinition, value: unknown, index: number, field: string): CheckedEvent {
  const at = `${field}[${index}]`;
  if (!isRecord(value)) throw new RulesInputError(at, value, 'expected an event {"type", "date"}');
  const type = value.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(def.events, type)) {
    throw new RulesInputError(`${at}.type`, type, `not an event of ${def.kind}; expected one of ${Object.keys(def.events).join(', ')}`);
  }
  const day = parseEpochDay(value.date, `${at}.date`);
  let schoolDays = 1;
  if (value.schoolDays !== undefined) {
    const n = value.schoolDays;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 365) {
      throw new RulesInputError(`${at}.schoolDays`, n, 'expected a whole number of school days from 1 to 365');
    }
    schoolDays = n;
  }
  return { type, date: value.date as string, day, schoolDays, index };
}

function checkEvents(def: ProceedingDefinition, value: unknown, field = 'events'): CheckedEvent[] {
  if (!Array.isArray(value)) throw new RulesInputError(field, value, 'expected an array of events {"type", "date"}');
  if (value.length > MAX_EVENTS) throw new RulesInputError(field, `${value.length} events`, `at most ${MAX_EVENTS} events are accepted`);
  const events = value.map((e, i) => checkEvent(def, e, i, field));
  // Events may be recorded out of order; rules read them in date order (stable for ties).
  return events.sort((a, b) => a.day - b.day || a.index - b.index);
}

function checkFiledBy(value: unknown): FiledBy {
  if (value === undefined || value === null) return 'parent';
  if (value === 'parent' || value === 'district') return value;
  throw new RulesInputError('filedBy', value, 'expected "parent" or "district"');
}

function buildContext(input: unknown): { def: ProceedingDefinition; ctx: DeadlineContext } {
  if (!isRecord(input)) {
    throw new RulesInputError('input', input, 'expected an object {"state", "kind", "events", "filedBy"?, "calendar"?}');
  }
  const state = getState(input.state, 'state');
  const def = DEFINITIONS[parseKind(input.kind, 'kind')];
  const filedBy = checkFiledBy(input.filedBy);
  const events = checkEvents(def, input.events);
  const schoolDays = input.calendar === undefined || input.calendar === null ? null : schoolEpochDays(input.calendar, 'calendar');
  const holidays = extraHolidays(
    input.holidays === undefined || input.holidays === null ? undefined : { holidays: input.holidays as string[] },
    'holidays',
  );
  return { def, ctx: { state, filedBy, events, schoolDays, holidays } };
}

/**
 * The deadlines a proceeding's events produce, each with its legal basis, confidence and
 * note. Throws {@link RulesInputError} for an unknown state, kind or event, an impossible
 * date or a malformed calendar.
 *
 * @example
 * ```ts
 * computeDeadlines({
 *   state: 'CA',
 *   kind: 'due_process',
 *   events: [{ type: 'complaint_received', date: '2026-03-02' }],
 * }).find((d) => d.id === 'resolution_period_end')?.due; // '2026-04-01'
 * ```
 */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  return computeDeadlinesFromInput(input);
}

/**
 * {@link computeDeadlines} for untrusted input (JSON from the CLI or the API): every field is
 * checked and a bad one throws {@link RulesInputError} naming it.
 *
 * @example
 * ```ts
 * computeDeadlinesFromInput(JSON.parse('{"state":"NC","kind":"ocr_complaint","events":[{"type":"discrimination_occurred","date":"2026-01-15"}]}'));
 * // [{ id: 'filing_limit', due: '2026-07-14', status: 'computed', ... }]
 * ```
 */
export function computeDeadlinesFromInput(input: unknown): Deadline[] {
  const { def, ctx } = buildContext(input);
  return def.deadlines(ctx);
}

/**
 * A proceeding as the rules see it: its kind, current state and events so far.
 *
 * @example
 * ```ts
 * const p: ProceedingSnapshot = { kind: 'mediation', state: 'requested', events: [{ type: 'requested', date: '2026-02-01' }] };
 * ```
 */
export interface ProceedingSnapshot {
  kind: ProceedingKind;
  state: string;
  events: ProceedingEvent[];
}

/**
 * Records one event on a proceeding and returns the proceeding in its new state (pure: the
 * input is not changed). An event the kind does not accept throws {@link RulesInputError}.
 *
 * @example
 * ```ts
 * const p = newProceeding('mediation');
 * applyEvent(p, { type: 'requested', date: '2026-02-01' }).state; // 'requested'
 * applyEvent(p, { type: 'decision_issued', date: '2026-02-01' }); // throws
 * ```
 */
export function applyEvent(proceeding: ProceedingSnapshot, event: unknown): ProceedingSnapshot {
  const def = DEFINITIONS[parseKind(proceeding.kind)];
  const checked = checkEvent(def, event, proceeding.events.length, 'events');
  const to = def.events[checked.type]?.to ?? proceeding.state;
  const recorded: ProceedingEvent = { type: checked.type, date: checked.date };
  if (checked.schoolDays !== 1) recorded.schoolDays = checked.schoolDays;
  return { kind: proceeding.kind, state: to, events: [...proceeding.events, recorded] };
}

/**
 * A new proceeding of a kind, in its initial state with no events.
 *
 * @example
 * ```ts
 * newProceeding('due_process'); // { kind: 'due_process', state: 'draft', events: [] }
 * ```
 */
export function newProceeding(kind: ProceedingKind): ProceedingSnapshot {
  const def = DEFINITIONS[parseKind(kind)];
  return { kind: def.kind, state: def.initial, events: [] };
}
