import { RulesInputError } from '../errors.js';

/**
 * A plain calendar date, `YYYY-MM-DD`, with no time and no time zone. Every date the rules
 * package accepts or returns has this form; deadlines are calendar facts, not instants.
 *
 * @example
 * ```ts
 * const received: IsoDate = '2026-03-02';
 * ```
 */
export type IsoDate = string;

/** Earliest and latest years accepted: four-digit ISO years, no era before year 1. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `year` is a leap year in the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1-12) of a year.
 *
 * @example
 * ```ts
 * daysInMonth(2028, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 for a year, month (1-12) and day. Integer arithmetic (H. Hinnant's
 * days-from-civil): no `Date`, so no time zone can shift a day.
 *
 * @example
 * ```ts
 * epochDayOf(1970, 1, 2); // 1
 * ```
 */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Year, month (1-12) and day of an epoch day: the inverse of {@link epochDayOf}.
 *
 * @example
 * ```ts
 * const c: CivilDate = { year: 2026, month: 11, day: 23 };
 * ```
 */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Year, month and day of a count of days since 1970-01-01.
 *
 * @example
 * ```ts
 * civilOf(19782); // { year: 2024, month: 2, day: 29 }
 * ```
 */
export function civilOf(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Formats a year, month and day as an {@link IsoDate}. Years past 9999 use the ISO 8601
 * expanded form (`+010000-01-01`), as Temporal does.
 *
 * @example
 * ```ts
 * formatIsoDate(2026, 3, 2); // '2026-03-02'
 * ```
 */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  let y: string;
  if (year >= 1000 && year <= 9999) y = String(year);
  else if (year >= 0 && year < 1000) y = String(year).padStart(4, '0');
  else y = `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The {@link IsoDate} of a count of days since 1970-01-01.
 *
 * @example
 * ```ts
 * isoOfEpochDay(0); // '1970-01-01'
 * ```
 */
export function isoOfEpochDay(epochDay: number): IsoDate {
  const { year, month, day } = civilOf(epochDay);
  return formatIsoDate(year, month, day);
}

/**
 * Parses and checks a date, returning days since 1970-01-01. Throws {@link RulesInputError}
 * naming `field` for anything that is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * parseEpochDay('1970-01-11', 'date'); // 10
 * ```
 */
export function parseEpochDay(value: unknown, field: string): number {
  if (typeof value !== 'string') {
    throw new RulesInputError(field, value, 'expected a date as a string YYYY-MM-DD');
  }
  const match = ISO_DATE.exec(value);
  if (match === null) {
    throw new RulesInputError(field, value, 'expected a date in the form YYYY-MM-DD');
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RulesInputError(field, value, `year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  if (month < 1 || month > 12) {
    throw new RulesInputError(field, value, 'month must be between 01 and 12');
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RulesInputError(field, value, `no such day: ${year}-${pad2(month)} has ${daysInMonth(year, month)} days`);
  }
  return epochDayOf(year, month, day);
}

/**
 * Checks that `value` is a real calendar date in the form `YYYY-MM-DD` and returns it.
 * Throws {@link RulesInputError} naming `field` for a wrong type, a malformed string or an
 * impossible date such as `2025-02-30`.
 *
 * @example
 * ```ts
 * parseIsoDate('2024-02-29', 'events[0].date'); // '2024-02-29'
 * parseIsoDate('2025-02-30', 'events[0].date'); // throws RulesInputError
 * ```
 */
export function parseIsoDate(value: unknown, field: string): IsoDate {
  parseEpochDay(value, field);
  return value as IsoDate;
}

/**
 * Days since 1970-01-01 of a date already known to be valid (from {@link parseIsoDate} or
 * from this module). Invalid input still throws {@link RulesInputError} naming `date`.
 *
 * @example
 * ```ts
 * epochDayOfIso('1970-01-02'); // 1
 * ```
 */
export function epochDayOfIso(date: IsoDate): number {
  return parseEpochDay(date, 'date');
}

/**
 * Day of the week, 0 = Sunday ... 6 = Saturday, of a count of days since 1970-01-01.
 *
 * @example
 * ```ts
 * weekdayOfEpochDay(0); // 4 (1970-01-01 was a Thursday)
 * ```
 */
export function weekdayOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/**
 * Day of the week of a date, 0 = Sunday ... 6 = Saturday.
 *
 * @example
 * ```ts
 * weekday('2026-11-23'); // 1 (Monday)
 * ```
 */
export function weekday(date: IsoDate): number {
  return weekdayOfEpochDay(epochDayOfIso(date));
}

/**
 * Compares two dates: negative if `a` is earlier, 0 if equal, positive if later. Works as an
 * `Array.prototype.sort` comparator.
 *
 * @example
 * ```ts
 * ['2026-03-01', '2025-12-31'].sort(compareIsoDates); // ['2025-12-31', '2026-03-01']
 * ```
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return epochDayOfIso(a) - epochDayOfIso(b);
}
