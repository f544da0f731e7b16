import { RulesInputError } from '../errors.js';
import { checkShift } from './calendar-days.js';
import { epochDayOfIso, isoOfEpochDay, parseEpochDay, weekdayOfEpochDay, type IsoDate } from './iso-date.js';
import { isRecord } from '../is-record.js';

/**
 * A district's school calendar, needed for every school-day clock (34 CFR 300.11(c): a
 * school day is a day children attend for instruction). Either the first and last day of the
 * school year with the weekdays between them that are not school days (holidays, breaks,
 * teacher work days), or the explicit list of school days.
 *
 * Federal holidays are not removed automatically: a district calendar lists its own closures.
 * A calendar is compiled once per object (cached by identity): treat it as immutable.
 *
 * @example
 * ```ts
 * const calendar: SchoolCalendar = {
 *   firstDay: '2026-08-24',
 *   lastDay: '2027-06-11',
 *   nonSchoolDays: ['2026-09-07', '2026-11-25', '2026-11-26', '2026-11-27'],
 * };
 * ```
 */
export type SchoolCalendar =
  | { firstDay: IsoDate; lastDay: IsoDate; nonSchoolDays: IsoDate[] }
  | { schoolDays: IsoDate[] };

/** Longest calendar accepted: ten years of days, far beyond one school year. */
const MAX_SPAN_DAYS = 3660;

const compiled = new WeakMap<object, Int32Array>();

function dateArray(value: unknown, field: string): number[] {
  if (!Array.isArray(value)) throw new RulesInputError(field, value, 'expected an array of dates YYYY-MM-DD');
  if (value.length > MAX_SPAN_DAYS) {
    throw new RulesInputError(field, `${value.length} dates`, `at most ${MAX_SPAN_DAYS} dates are accepted`);
  }
  return value.map((d, i) => parseEpochDay(d, `${field}[${i}]`));
}

/** Sorted, de-duplicated school days of a calendar, as epoch days. */
function compile(value: unknown, field: string): Int32Array {
  if (!isRecord(value)) {
    throw new RulesInputError(field, value, 'expected {firstDay, lastDay, nonSchoolDays} or {schoolDays}');
  }
  if ('schoolDays' in value) {
    const days = dateArray(value.schoolDays, `${field}.schoolDays`);
    return Int32Array.from(new Set(days)).sort();
  }
  if (!('firstDay' in value) && !('lastDay' in value)) {
    throw new RulesInputError(field, value, 'expected {firstDay, lastDay, nonSchoolDays} or {schoolDays}');
  }
  const first = parseEpochDay(value.firstDay, `${field}.firstDay`);
  const last = parseEpochDay(value.lastDay, `${field}.lastDay`);
  if (last < first) throw new RulesInputError(`${field}.lastDay`, value.lastDay, 'must not be before firstDay');
  if (last - first > MAX_SPAN_DAYS) {
    throw new RulesInputError(`${field}.lastDay`, value.lastDay, `a calendar may span at most ${MAX_SPAN_DAYS} days`);
  }
  const closed = new Set(
    value.nonSchoolDays === undefined ? [] : dateArray(value.nonSchoolDays, `${field}.nonSchoolDays`),
  );
  const days: number[] = [];
  for (let d = first; d <= last; d += 1) {
    const wd = weekdayOfEpochDay(d);
    if (wd !== 0 && wd !== 6 && !closed.has(d)) days.push(d);
  }
  return Int32Array.from(days);
}

/**
 * Checks a school calendar from untrusted input and returns it. Throws
 * {@link RulesInputError} naming the offending field (`calendar.nonSchoolDays[3]`).
 *
 * @example
 * ```ts
 * parseSchoolCalendar({ schoolDays: ['2026-09-01'] }, 'calendar');
 * parseSchoolCalendar({ firstDay: '2026-09-31' }, 'calendar'); // throws
 * ```
 */
export function parseSchoolCalendar(value: unknown, field: string): SchoolCalendar {
  schoolEpochDays(value, field);
  return value as SchoolCalendar;
}

/**
 * The school days of a calendar as sorted epoch days, compiled once per calendar object.
 * Throws {@link RulesInputError} naming the bad field.
 *
 * @example
 * ```ts
 * schoolEpochDays({ schoolDays: ['1970-01-03', '1970-01-02'] }); // Int32Array [1, 2]
 * ```
 */
export function schoolEpochDays(calendar: unknown, field = 'calendar'): Int32Array {
  if (isRecord(calendar)) {
    const hit = compiled.get(calendar);
    if (hit !== undefined) return hit;
  }
  const days = compile(calendar, field);
  compiled.set(calendar as object, days);
  return days;
}

/** Index of the first element greater than `day` (upper bound). */
function upperBound(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? 0) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element not less than `day` (lower bound). */
function lowerBound(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * {@link addSchoolDays} on epoch days; `null` when the calendar does not reach that far.
 *
 * @example
 * ```ts
 * addSchoolEpochDays(0, 2, Int32Array.from([1, 2, 5])); // 2
 * ```
 */
export function addSchoolEpochDays(start: number, n: number, days: Int32Array): number | null {
  if (n === 0) return start;
  const index = n > 0 ? upperBound(days, start) + n - 1 : lowerBound(days, start) + n;
  if (index < 0 || index >= days.length) return null;
  return days[index] ?? null;
}

/**
 * Whether `date` is a school day in `calendar`.
 *
 * @example
 * ```ts
 * isSchoolDay('2026-11-26', calendar); // false when Thanksgiving is in nonSchoolDays
 * ```
 */
export function isSchoolDay(date: IsoDate, calendar: SchoolCalendar): boolean {
  const days = schoolEpochDays(calendar);
  const d = epochDayOfIso(date);
  const i = lowerBound(days, d);
  return days[i] === d;
}

/**
 * The `n`th school day after `date` (`date` itself is not counted, whether or not it is a
 * school day), or the `|n|`th school day before it when `n` is negative; `n = 0` returns
 * `date`. Returns `null` when the calendar ends (or begins) before that many school days:
 * the engine then answers `needs_calendar` rather than guessing.
 *
 * @example
 * ```ts
 * const calendar = { firstDay: '2026-11-16', lastDay: '2026-12-18', nonSchoolDays: ['2026-11-26', '2026-11-27'] };
 * // A removal decided Friday 2026-11-20: 10 school days skip the Thanksgiving break.
 * addSchoolDays('2026-11-20', 10, calendar); // '2026-12-08'
 * addSchoolDays('2026-12-17', 5, calendar);  // null (the calendar ends on 2026-12-18)
 * ```
 */
export function addSchoolDays(date: IsoDate, n: number, calendar: SchoolCalendar): IsoDate | null {
  const day = addSchoolEpochDays(epochDayOfIso(date), checkShift(n), schoolEpochDays(calendar));
  return day === null ? null : isoOfEpochDay(day);
}

/**
 * How many school days of `calendar` fall after `from` and on or before `to`; negative when
 * `to` is before `from`.
 *
 * @example
 * ```ts
 * schoolDaysBetween('2026-11-20', '2026-12-08', calendar); // 10
 * ```
 */
export function schoolDaysBetween(from: IsoDate, to: IsoDate, calendar: SchoolCalendar): number {
  const days = schoolEpochDays(calendar);
  const a = epochDayOfIso(from);
  const b = epochDayOfIso(to);
  return upperBound(days, b) - upperBound(days, a);
}
