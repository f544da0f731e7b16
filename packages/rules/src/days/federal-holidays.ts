import { RulesInputError } from '../errors.js';
import { epochDayOf, isoOfEpochDay, weekdayOfEpochDay, type IsoDate } from './iso-date.js';

/**
 * One observed federal holiday.
 *
 * @example
 * ```ts
 * const h: FederalHoliday = { date: '2026-07-03', name: 'Independence Day', actualDate: '2026-07-04' };
 * ```
 */
export interface FederalHoliday {
  /** The day the holiday is observed (a weekday), which is the day offices close. */
  date: IsoDate;
  /** The holiday's name in 5 U.S.C. 6103(a). */
  name: string;
  /** The holiday's own date, when observance moved it off a Saturday or Sunday. */
  actualDate: IsoDate;
}

/** The `nth` (1-based) `weekday` (0 = Sunday) of a month, as an epoch day. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  const first = epochDayOf(year, month, 1);
  const offset = (weekday - weekdayOfEpochDay(first) + 7) % 7;
  return first + offset + (nth - 1) * 7;
}

/** The last `weekday` of a month, as an epoch day. */
function lastWeekday(year: number, month: number, weekday: number): number {
  const nextFirst = month === 12 ? epochDayOf(year + 1, 1, 1) : epochDayOf(year, month + 1, 1);
  const last = nextFirst - 1;
  return last - ((weekdayOfEpochDay(last) - weekday + 7) % 7);
}

/**
 * Fixed-date holidays move off weekends: Saturday to the Friday before, Sunday to the Monday
 * after (5 U.S.C. 6103(b); Executive Order 11582).
 */
function observed(epochDay: number): number {
  const wd = weekdayOfEpochDay(epochDay);
  if (wd === 6) return epochDay - 1;
  if (wd === 0) return epochDay + 1;
  return epochDay;
}

interface RawHoliday {
  name: string;
  actual: number;
}

/** The legal public holidays of 5 U.S.C. 6103(a) for one calendar year, unobserved. */
function holidaysOfYear(year: number): RawHoliday[] {
  const list: RawHoliday[] = [
    { name: "New Year's Day", actual: epochDayOf(year, 1, 1) },
  ];
  // Birthday of Martin Luther King, Jr.: third Monday in January, first observed in 1986
  // (Pub. L. 98-144).
  if (year >= 1986) list.push({ name: 'Birthday of Martin Luther King, Jr.', actual: nthWeekday(year, 1, 1, 3) });
  // Uniform Monday Holiday Act (Pub. L. 90-363), in force from 1971.
  list.push({ name: "Washington's Birthday", actual: nthWeekday(year, 2, 1, 3) });
  list.push({ name: 'Memorial Day', actual: lastWeekday(year, 5, 1) });
  // Juneteenth National Independence Day: June 19, from 2021 (Pub. L. 117-17).
  if (year >= 2021) list.push({ name: 'Juneteenth National Independence Day', actual: epochDayOf(year, 6, 19) });
  list.push({ name: 'Independence Day', actual: epochDayOf(year, 7, 4) });
  list.push({ name: 'Labor Day', actual: nthWeekday(year, 9, 1, 1) });
  list.push({ name: 'Columbus Day', actual: nthWeekday(year, 10, 1, 2) });
  // Veterans Day was the fourth Monday in October from 1971 to 1977 and November 11 again
  // from 1978 (Pub. L. 94-97).
  list.push({
    name: 'Veterans Day',
    actual: year >= 1971 && year <= 1977 ? nthWeekday(year, 10, 1, 4) : epochDayOf(year, 11, 11),
  });
  list.push({ name: 'Thanksgiving Day', actual: nthWeekday(year, 11, 4, 4) });
  list.push({ name: 'Christmas Day', actual: epochDayOf(year, 12, 25) });
  return list;
}

function checkYear(year: unknown): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RulesInputError('year', year, 'expected a whole year between 1 and 9999');
  }
  return year;
}

/**
 * The federal holidays observed in `year`, in date order, by the rules of 5 U.S.C. 6103 as
 * amended: New Year's Day, Martin Luther King Jr.'s Birthday (from 1986), Washington's
 * Birthday, Memorial Day, Juneteenth (from 2021), Independence Day, Labor Day, Columbus Day,
 * Veterans Day, Thanksgiving and Christmas. A holiday on a Saturday is observed the Friday
 * before and one on a Sunday the Monday after; so New Year's Day of the next year can be
 * observed on December 31 of this one, and is listed here. Rules before 1971 (when the Monday
 * holidays began) are not modelled: the current rules are applied to every year.
 *
 * @example
 * ```ts
 * federalHolidayList(2022)[0]; // { date: '2022-01-17', name: 'Birthday of Martin Luther King, Jr.', ... }
 * federalHolidayList(2021).at(-1); // { date: '2021-12-31', name: "New Year's Day", actualDate: '2022-01-01' }
 * ```
 */
export function federalHolidayList(year: number): FederalHoliday[] {
  checkYear(year);
  const start = epochDayOf(year, 1, 1);
  const end = epochDayOf(year + 1, 1, 1);
  const result: { day: number; holiday: FederalHoliday }[] = [];
  for (const y of [year, year + 1]) {
    for (const h of holidaysOfYear(y)) {
      const day = observed(h.actual);
      if (day < start || day >= end) continue;
      result.push({ day, holiday: { date: isoOfEpochDay(day), name: h.name, actualDate: isoOfEpochDay(h.actual) } });
    }
  }
  return result.sort((a, b) => a.day - b.day).map((r) => r.holiday);
}

/**
 * The observed federal holiday dates of `year`, in order (see {@link federalHolidayList}).
 *
 * @example
 * ```ts
 * federalHolidays(2026).includes('2026-11-26'); // true (Thanksgiving)
 * federalHolidays(2026).includes('2026-07-03'); // true (July 4 is a Saturday)
 * ```
 */
export function federalHolidays(year: number): IsoDate[] {
  return federalHolidayList(year).map((h) => h.date);
}

const cache = new Map<number, ReadonlySet<number>>();

/**
 * Observed federal holidays of a year as a set of epoch days, computed once per year.
 *
 * @example
 * ```ts
 * federalHolidayEpochDays(2026).has(epochDayOf(2026, 12, 25)); // true
 * ```
 */
export function federalHolidayEpochDays(year: number): ReadonlySet<number> {
  let set = cache.get(year);
  if (set === undefined) {
    const start = epochDayOf(year, 1, 1);
    const end = epochDayOf(year + 1, 1, 1);
    const days = new Set<number>();
    for (const y of [year, year + 1]) {
      for (const h of holidaysOfYear(y)) {
        const day = observed(h.actual);
        if (day >= start && day < end) days.add(day);
      }
    }
    if (cache.size > 2000) cache.clear();
    cache.set(year, days);
    set = days;
  }
  return set;
}
