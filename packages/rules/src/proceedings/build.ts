import {
  addBusinessEpochDays,
  addSchoolEpochDays,
  civilOf,
  daysInMonth,
  epochDayOf,
  isBusinessEpochDay,
  isoOfEpochDay,
} from '../days/index.js';
import { renderRulesMessage, type RulesMessage } from '../messages/index.js';
import type { Confidence, Duration } from '../states/index.js';
import type { CheckedEvent, Deadline, DeadlineContext } from './types.js';

/** The last recorded event of one of `types` (events are sorted by date). */
export function lastEvent(ctx: DeadlineContext, ...types: string[]): CheckedEvent | undefined {
  for (let i = ctx.events.length - 1; i >= 0; i -= 1) {
    const e = ctx.events[i];
    if (e !== undefined && types.includes(e.type)) return e;
  }
  return undefined;
}

/** The first recorded event of one of `types`. */
export function firstEvent(ctx: DeadlineContext, ...types: string[]): CheckedEvent | undefined {
  return ctx.events.find((e) => types.includes(e.type));
}

/** Adds calendar months to an epoch day (day of month clamped: Jan 31 + 1 month = Feb 28/29). */
export function addMonthsToDay(day: number, months: number): number {
  const c = civilOf(day);
  const total = c.year * 12 + (c.month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return epochDayOf(y, m, Math.min(c.day, daysInMonth(y, m)));
}

/**
 * Adds a legal period to an epoch day; `null` when it is counted in school days and there is
 * no calendar or the calendar ends first.
 */
export function addDuration(ctx: DeadlineContext, day: number, duration: Duration): number | null {
  switch (duration.unit) {
    case 'days':
      return day + duration.amount;
    case 'months':
      return addMonthsToDay(day, duration.amount);
    case 'years':
      return addMonthsToDay(day, duration.amount * 12);
    case 'business_days':
      return addBusinessEpochDays(day, duration.amount, ctx.holidays);
    case 'school_days':
      return ctx.schoolDays === null ? null : addSchoolEpochDays(day, duration.amount, ctx.schoolDays);
  }
}

export interface RuleSpec {
  id: string;
  basis: string[];
  confidence: Confidence;
  message: RulesMessage;
}

/** A message from its catalog key and parameters (docs/domain.md, "Words"). */
export function msg(key: string, params: RulesMessage['params'] = {}): RulesMessage {
  return { key, params };
}

/** A duration as message parameters (`amount`, `unit`, or under other names). */
export function durationParams(d: Duration, amount = 'amount', unit = 'unit'): RulesMessage['params'] {
  return { [amount]: d.amount, [unit]: d.unit };
}

/** The English note of a message: the CLI contract keeps `note`, and the API stores it. */
function english(message: RulesMessage): string {
  const text = renderRulesMessage(message, 'en');
  // Every key the engine uses is in the catalog (test/messages checks it); never an empty note.
  if (text === null) throw new Error(`rules message ${message.key} cannot be rendered`);
  return text;
}

function deadline(spec: RuleSpec, fields: Pick<Deadline, 'due' | 'status' | 'unit' | 'fallsOnNonBusinessDay'>): Deadline {
  return {
    id: spec.id,
    due: fields.due,
    status: fields.status,
    unit: fields.unit,
    basis: spec.basis,
    confidence: spec.confidence,
    note: english(spec.message),
    fallsOnNonBusinessDay: fields.fallsOnNonBusinessDay,
    message: spec.message,
  };
}

/** A deadline with a date. */
export function computed(ctx: DeadlineContext, spec: RuleSpec, day: number, unit: Duration['unit']): Deadline {
  return deadline(spec, { due: isoOfEpochDay(day), status: 'computed', unit, fallsOnNonBusinessDay: !isBusinessEpochDay(day, ctx.holidays) });
}

/** A deadline the law states without a number of days. */
export function noFixedDeadline(spec: RuleSpec): Deadline {
  return deadline(spec, { due: null, status: 'no_fixed_deadline', unit: null, fallsOnNonBusinessDay: false });
}

/** A deadline the reference has no verified rule for: the note opens with the unknown sentence. */
export function unknownDeadline(spec: Omit<RuleSpec, 'confidence'> & { confidence?: Confidence }, unit: Duration['unit'] | null = null): Deadline {
  const message = msg(spec.message.key, { ...spec.message.params, unknown: true });
  return deadline({ ...spec, confidence: spec.confidence ?? 'unknown', message }, { due: null, status: 'unknown', unit, fallsOnNonBusinessDay: false });
}

/**
 * A school-day (or break-skipping) deadline that cannot be dated without a calendar;
 * `calendar` adds the closing sentence (no calendar, or one that ends too soon).
 */
export function needsCalendar(spec: RuleSpec, unit: Duration['unit'], calendar?: 'missing' | 'too_short'): Deadline {
  const message = calendar === undefined ? spec.message : msg(spec.message.key, { ...spec.message.params, calendar });
  return deadline({ ...spec, message }, { due: null, status: 'needs_calendar', unit, fallsOnNonBusinessDay: false });
}

/**
 * A deadline `duration` after `from`, or `needs_calendar` when a school-day count cannot be
 * done with the calendar at hand.
 */
export function after(ctx: DeadlineContext, spec: RuleSpec, from: CheckedEvent | number, duration: Duration): Deadline {
  const day = typeof from === 'number' ? from : from.day;
  const due = addDuration(ctx, day, duration);
  if (due === null) return needsCalendar(spec, duration.unit, ctx.schoolDays === null ? 'missing' : 'too_short');
  return computed(ctx, spec, due, duration.unit);
}
