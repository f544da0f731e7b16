import type { IsoDate, SchoolCalendar } from '../days/index.js';
import type { RulesMessage } from '../messages/reader.js';
import type { Confidence, Duration, StateProcedures } from '../states/index.js';

/**
 * The fourteen kinds of proceeding, each a state machine (docs/domain.md).
 *
 * @example
 * ```ts
 * PROCEEDING_KINDS.includes('due_process'); // true
 * ```
 */
export const PROCEEDING_KINDS = [
  'pwn_request',
  'records_request',
  'iee_request',
  'evaluation_request',
  'evaluation',
  'iep',
  'iep_meeting_request',
  'facilitation',
  'mediation',
  'state_complaint',
  'due_process',
  'expedited_due_process',
  'discipline',
  'ocr_complaint',
] as const;

/** One of {@link PROCEEDING_KINDS}. */
export type ProceedingKind = (typeof PROCEEDING_KINDS)[number];

/**
 * Who filed a due process complaint: the resolution process applies only to a parent's.
 *
 * @example
 * ```ts
 * const filedBy: FiledBy = 'district';
 * ```
 */
export type FiledBy = 'parent' | 'district';

/**
 * Something that happened in a proceeding, on a date. For `*_scheduled` events the date is
 * the day of the meeting or hearing itself. `schoolDays` is the length of a discipline
 * `removal` (default 1).
 *
 * @example
 * ```ts
 * const e: ProceedingEvent = { type: 'complaint_received', date: '2026-03-02' };
 * ```
 */
export interface ProceedingEvent {
  type: string;
  date: IsoDate;
  schoolDays?: number;
}

/**
 * How a deadline could be answered: `computed` (a date), `needs_calendar` (a school-day or
 * break-skipping clock and no usable district calendar), `no_fixed_deadline` (the law sets
 * none, e.g. "without unnecessary delay"), `unknown` (the reference has no verified rule).
 */
export type DeadlineStatus = 'computed' | 'needs_calendar' | 'no_fixed_deadline' | 'unknown';

/**
 * A deadline with its legal basis. `due` is never rolled off a weekend or holiday:
 * `fallsOnNonBusinessDay` says when it lands on one (idea-rules.md section 0). `message` is
 * the note as a catalog key with language-neutral parameters (render it with
 * `renderRulesMessage` in the reader's language); `note` is its English rendering.
 *
 * @example
 * ```ts
 * const d: Deadline = {
 *   id: 'resolution_period_end', due: '2026-04-01', status: 'computed', unit: 'days',
 *   basis: ['34 CFR 300.510(b)(1)'], confidence: 'high',
 *   note: 'the 30-day resolution period ends; if the complaint is not resolved, the hearing may go ahead',
 *   fallsOnNonBusinessDay: false,
 *   message: { key: 'deadline.resolution_period_end', params: { amended: false } },
 * };
 * ```
 */
export interface Deadline {
  id: string;
  due: IsoDate | null;
  status: DeadlineStatus;
  unit: Duration['unit'] | null;
  basis: string[];
  confidence: Confidence;
  /** The English rendering of `message`. */
  note: string;
  fallsOnNonBusinessDay: boolean;
  message: RulesMessage;
}

/**
 * The input of {@link computeDeadlines}: the `continuum-rules deadlines` JSON.
 *
 * @example
 * ```ts
 * const input: DeadlineInput = {
 *   state: 'TX',
 *   kind: 'expedited_due_process',
 *   events: [{ type: 'complaint_received', date: '2026-11-20' }],
 *   calendar: { firstDay: '2026-08-24', lastDay: '2027-06-11', nonSchoolDays: ['2026-11-26'] },
 * };
 * ```
 */
export interface DeadlineInput {
  state: string;
  kind: ProceedingKind;
  filedBy?: FiledBy;
  events: ProceedingEvent[];
  calendar?: SchoolCalendar;
  /** State holidays to skip in business-day counts, on top of the federal ones. */
  holidays?: IsoDate[];
}

/** An event after validation: its epoch day is kept for arithmetic. */
export interface CheckedEvent {
  type: string;
  date: IsoDate;
  day: number;
  schoolDays: number;
  index: number;
}

/** Everything a kind's deadline rules may read. */
export interface DeadlineContext {
  state: StateProcedures;
  filedBy: FiledBy;
  /** Events sorted by date (stable for equal dates). */
  events: readonly CheckedEvent[];
  /** Sorted school days of the calendar, or null when none was given. */
  schoolDays: Int32Array | null;
  holidays: ReadonlySet<number>;
}

/**
 * One event a kind accepts and the state it moves the proceeding to.
 *
 * @example
 * ```ts
 * proceedingDefinition('mediation').events.agreement_signed; // { to: 'agreement', summary: '...' }
 * ```
 */
export interface EventDefinition {
  to: string;
  summary: string;
}

/**
 * A kind's state machine: its states, the events it accepts (an event it does not list is
 * an error) and the rules that turn its events into deadlines.
 *
 * @example
 * ```ts
 * const def: ProceedingDefinition = proceedingDefinition('due_process');
 * def.initial; // 'draft'
 * ```
 */
export interface ProceedingDefinition {
  kind: ProceedingKind;
  summary: string;
  basis: string[];
  states: readonly string[];
  initial: string;
  events: Readonly<Record<string, EventDefinition>>;
  deadlines(ctx: DeadlineContext): Deadline[];
}
