import { RulesInputError } from '../errors.js';
import { checkShift } from './calendar-days.js';
import { federalHolidayEpochDays } from './federal-holidays.js';
import {
  civilOf,
  epochDayOfIso,
  isoOfEpochDay,
  parseEpochDay,
  weekdayOfEpochDay,
  type IsoDate,
} from './iso-date.js';

/**
 * Options for business-day arithmetic.
 *
 * @example
 * ```ts
 * const opts: BusinessDayOptions = { holidays: ['2026-11-27'] }; // a state's day after Thanksgiving
 * ```
 */
export interface BusinessDayOptions {
  /**
   * Extra non-business days on top of the federal holidays, usually the state's holidays
   * (34 CFR 300.11(b): business days exclude federal and State holidays).
   */
  holidays?: readonly IsoDate[];
}

const EMPTY: ReadonlySet<number> = new Set();
const parsedHolidays = new WeakMap<readonly IsoDate[], ReadonlySet<number>>();

/**
 * Parses `opts.holidays` once per array (they are usually one state's list, reused) into
 * epoch days. Throws {@link RulesInputError} naming `holidays[i]` for a bad date.
 *
 * @example
 * ```ts
 * extraHolidays({ holidays: ['1970-01-02'] }).has(1); // true
 * ```
 */
export function extraHolidays(opts: BusinessDayOptions | undefined, field = 'holidays'): ReadonlySet<number> {
  const list = opts?.holidays;
  if (list === undefined) return EMPTY;
  if (!Array.isArray(list)) {
    throw new RulesInputError(field, list, 'expected an array of dates YYYY-MM-DD');
  }
  let set = parsedHolidays.get(list);
  if (set === undefined) {
    set = new Set(list.map((d, i) => parseEpochDay(d, `${field}[${i}]`)));
    parsedHolidays.set(list, set);
  }
  return set;
}

/**
 * Whether an epoch day is a business day: Monday-Friday, not a federal or extra holiday.
 *
 * @example
 * ```ts
 * isBusinessEpochDay(epochDayOf(2026, 11, 26), new Set()); // false (Thanksgiving)
 * ```
 */
export function isBusinessEpochDay(epochDay: number, extra: ReadonlySet<number>): boolean {
  const wd = weekdayOfEpochDay(epochDay);
  if (wd === 0 || wd === 6) return false;
  if (extra.has(epochDay)) return false;
  return !federalHolidayEpochDays(civilOf(epochDay).year).has(epochDay);
}

/**
 * Whether `date` is a business day: Monday to Friday and not a federal holiday (as observed)
 * or one of `opts.holidays` (34 CFR 300.11(b)).
 *
 * @example
 * ```ts
 * isBusinessDay('2026-11-26'); // false (Thanksgiving)
 * isBusinessDay('2026-11-27'); // true (the day after is not a federal holiday)
 * isBusinessDay('2026-11-27', { holidays: ['2026-11-27'] }); // false
 * ```
 */
export function isBusinessDay(date: IsoDate, opts?: BusinessDayOptions): boolean {
  return isBusinessEpochDay(epochDayOfIso(date), extraHolidays(opts));
}

/**
 * {@link addBusinessDays} on epoch days (the engine's hot path).
 *
 * @example
 * ```ts
 * isoOfEpochDay(addBusinessEpochDays(epochDayOf(2026, 11, 25), 3, new Set())); // '2026-12-01'
 * ```
 */
export function addBusinessEpochDays(start: number, n: number, extra: ReadonlySet<number>): number {
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let day = start;
  while (remaining > 0) {
    day += step;
    if (isBusinessEpochDay(day, extra)) remaining -= 1;
  }
  return day;
}

/**
 * The `n`th business day after `date` (`date` itself is not counted), or the `|n|`th
 * business day before it when `n` is negative; `n = 0` returns `date`. Business days are
 * Monday to Friday less federal holidays and `opts.holidays` (34 CFR 300.11(b)).
 *
 * @example
 * ```ts
 * // Signed Wednesday 2026-11-25: Thursday is Thanksgiving, so 3 business days run to Tuesday.
 * addBusinessDays('2026-11-25', 3);  // '2026-12-01'
 * // Five business days before a hearing on Monday 2026-11-30 (Thanksgiving skipped).
 * addBusinessDays('2026-11-30', -5); // '2026-11-20'
 * ```
 */
export function addBusinessDays(date: IsoDate, n: number, opts?: BusinessDayOptions): IsoDate {
  return isoOfEpochDay(addBusinessEpochDays(epochDayOfIso(date), checkShift(n), extraHolidays(opts)));
}
