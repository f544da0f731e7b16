import {
  addBusinessEpochDays,
  addSchoolEpochDays,
  civilOf,
  daysInMonth,
  epochDayOf,
  isBusinessEpochDay,
  isoOfEpochDay,
} from '../days/index.js';
import { UNKNOWN_NOTE, type Confidence, type Duration } from '../states/index.js';
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

/** "60 days", "1 year", "10 school days". */
export function describeDuration(d: Duration): string {
  const unit = d.unit.replace('_', ' ');
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  return `${d.amount} ${d.amount === 1 ? singular : unit}`;
}

export interface RuleSpec {
  id: string;
  basis: string[];
  confidence: Confidence;
  note: string;
}

/** A deadline with a date. */
export function computed(ctx: DeadlineContext, spec: RuleSpec, day: number, unit: Duration['unit']): Deadline {
  return {
    id: spec.id,
    due: isoOfEpochDay(day),
    status: 'computed',
    unit,
    basis: spec.basis,
    confidence: spec.confidence,
    note: spec.note,
    fallsOnNonBusinessDay: !isBusinessEpochDay(day, ctx.holidays),
  };
}

/** A deadline the law states without a number of days. */
export function noFixedDeadline(spec: RuleSpec): Deadline {
  return { id: spec.id, due: null, status: 'no_fixed_deadline', unit: null, basis: spec.basis, confidence: spec.confidence, note: spec.note, fallsOnNonBusinessDay: false };
}

/** A deadline the reference has no verified rule for. */
export function unknownDeadline(spec: Omit<RuleSpec, 'confidence'> & { confidence?: Confidence }, unit: Duration['unit'] | null = null): Deadline {
  const note = spec.note === '' ? UNKNOWN_NOTE : `${UNKNOWN_NOTE}. ${spec.note}`;
  return { id: spec.id, due: null, status: 'unknown', unit, basis: spec.basis, confidence: spec.confidence ?? 'unknown', note, fallsOnNonBusinessDay: false };
}

/** A school-day (or break-skipping) deadline that cannot be dated without a calendar. */
export function needsCalendar(spec: RuleSpec, unit: Duration['unit']): Deadline {
  return { id: spec.id, due: null, status: 'needs_calendar', unit, basis: spec.basis, confidence: spec.confidence, note: spec.note, fallsOnNonBusinessDay: false };
}

const NO_CALENDAR = 'counted in school days: pass the district calendar ({firstDay, lastDay, nonSchoolDays} or {schoolDays}) to date it';
const CALENDAR_TOO_SHORT = 'counted in school days, and the calendar given ends before the deadline: pass a calendar that reaches further';

/**
 * A deadline `duration` after `from`, or `needs_calendar` when a school-day count cannot be
 * done with the calendar at hand.
 */
export function after(ctx: DeadlineContext, spec: RuleSpec, from: CheckedEvent | number, duration: Duration): Deadline {
  const day = typeof from === 'number' ? from : from.day;
  const due = addDuration(ctx, day, duration);
  if (due === null) {
    return needsCalendar({ ...spec, note: `${spec.note}; ${ctx.schoolDays === null ? NO_CALENDAR : CALENDAR_TOO_SHORT}` }, duration.unit);
  }
  return computed(ctx, spec, due, duration.unit);
}
