import { RulesInputError } from '../errors.js';
import {
  civilOf,
  daysInMonth,
  epochDayOfIso,
  formatIsoDate,
  isoOfEpochDay,
  type IsoDate,
} from './iso-date.js';

/** Largest shift accepted, in days, months or years: far beyond any legal deadline. */
const MAX_SHIFT = 3_650_000;

/** Checks that a shift is a whole number of a sane size. */
export function checkShift(n: unknown, field = 'n'): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || Math.abs(n) > MAX_SHIFT) {
    throw new RulesInputError(field, n, `expected a whole number between -${MAX_SHIFT} and ${MAX_SHIFT}`);
  }
  return n;
}

/**
 * `n` calendar days after `date` (before it when `n` is negative). "10 days after March 2"
 * does not count March 2: it is March 12 (34 CFR 300.11(a): a day is a calendar day).
 *
 * @example
 * ```ts
 * addDays('2026-12-22', 10); // '2027-01-01'
 * addDays('2024-03-01', -1); // '2024-02-29'
 * ```
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  return isoOfEpochDay(epochDayOfIso(date) + checkShift(n));
}

/**
 * `n` calendar months after `date`: the same day of the month, or the last day of a shorter
 * month (January 31 + 1 month = February 28 or 29).
 *
 * @example
 * ```ts
 * addMonths('2026-01-31', 1); // '2026-02-28'
 * addMonths('2026-11-15', 2); // '2027-01-15'
 * ```
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = civilOf(epochDayOfIso(date));
  const total = year * 12 + (month - 1) + checkShift(n);
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * `n` years after `date`: the same month and day, except that February 29 becomes February
 * 28 in a year that has no February 29.
 *
 * @example
 * ```ts
 * addYears('2024-02-29', 1); // '2025-02-28'
 * addYears('2025-06-30', 2); // '2027-06-30'
 * ```
 */
export function addYears(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = civilOf(epochDayOfIso(date));
  const y = year + checkShift(n);
  return formatIsoDate(y, month, Math.min(day, daysInMonth(y, month)));
}

/**
 * Calendar days from `from` to `to` (`to` minus `from`): negative when `to` is earlier.
 *
 * @example
 * ```ts
 * daysBetween('2024-02-28', '2024-03-01'); // 2
 * daysBetween('2026-01-10', '2026-01-01'); // -9
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDayOfIso(to) - epochDayOfIso(from);
}
