import { isSchoolDay, type SchoolCalendar } from '@continuum/rules';

/**
 * Required against delivered minutes of one IEP service, period by period, and the
 * compensatory time owed. Pure: dates are `YYYY-MM-DD` strings, `asOf` (today) and the
 * district's calendars are arguments.
 *
 * The arithmetic, documented in docs/domain.md ("Required against delivered minutes"):
 * - A WEEKLY service's periods are weeks from Monday to Sunday; a MONTHLY service's are
 *   calendar months.
 * - Minutes accrue on school days only. A period requires the service's minutes × the school
 *   days of the period inside the service's dates ÷ the weekdays (Monday to Friday) of the
 *   whole period, rounded to the nearest minute and never more than the full minutes. A full
 *   school week of five days requires the full minutes, a Thanksgiving week with three school
 *   days 3/5 of them, a week of break or of summer nothing; a month the same, out of its
 *   weekdays. The weekly or monthly figure of an IEP assumes school is in session: it is not
 *   owed for days the district holds no school.
 * - Which days are school days comes from the district's calendars (one per school year; a
 *   service may cross several). A day inside a calendar's school year is a school day when
 *   that calendar says so. A day between two school years (summer) is not, unless the service
 *   continues in the extended school year, which counts that day's weekdays. A day no calendar
 *   reaches (before the first or after the last) is counted as a weekday and its period is
 *   marked `WEEKDAYS`: breaks are never guessed. With no calendar at all, every period is
 *   counted on weekdays.
 * - Delivered minutes are the sum of the sessions logged as delivered on a day of the period;
 *   missed sessions are counted apart, for the record, and do not change what was required.
 * - A period is elapsed once its last day is before `asOf`. An elapsed period owes its
 *   shortfall, (required − delivered) floored at 0: extra minutes in one period do not make
 *   up for another. The shortfall is split in two: minutes of sessions logged as missed (at
 *   most the shortfall), and the rest, required minutes for which nothing was logged.
 * - The running period owes what is already known to be lost: the minutes of its sessions
 *   logged as missed, at most its shortfall. A missed session therefore counts the day it is
 *   logged, and once the period ends the shortfall takes over without counting it twice.
 * - Compensatory time owed is the sum of what each period owes. This is arithmetic on the
 *   log, not a legal finding of what a district owes.
 */

export type ServiceFrequency = 'WEEKLY' | 'MONTHLY';
export type SessionStatus = 'DELIVERED' | 'MISSED';

/**
 * What the log shows for a period, in the order it is decided:
 * - `NO_SCHOOL`: the period has no school day inside the service's dates; nothing required.
 * - `MET`: delivered at least what was required.
 * - `NOT_LOGGED`: school days, and no session logged at all (delivered or missed).
 * - `MISSED`: short, with at least one session logged as missed.
 * - `SHORT`: short, with sessions logged as delivered only.
 */
export type ServicePeriodStatus = 'NO_SCHOOL' | 'MET' | 'NOT_LOGGED' | 'MISSED' | 'SHORT';

/**
 * What a period's school days were counted on: the district's calendars for every day of it,
 * or weekdays for at least one day no saved calendar reaches.
 */
export type ServiceDayBasis = 'DISTRICT_CALENDAR' | 'WEEKDAYS';

export interface RequiredService {
  minutes: number;
  frequency: ServiceFrequency;
  startDate: string;
  /** Null while the service has no end date in the IEP. */
  endDate: string | null;
  /** The service continues between school years (extended school year, 34 CFR 300.106). */
  extendedSchoolYear?: boolean;
}

export interface LoggedSession {
  date: string;
  minutes: number;
  status: SessionStatus;
}

export interface ServicePeriod {
  /** The period's first and last day (the whole week or month, not clipped). */
  start: string;
  end: string;
  /** Weekdays (Monday to Friday) of the whole period: the proration's denominator. */
  weekdays: number;
  /** Days of the period inside the service's dates that count: the proration's numerator. */
  schoolDays: number;
  countedOn: ServiceDayBasis;
  requiredMinutes: number;
  deliveredMinutes: number;
  missedMinutes: number;
  /** max(0, required − delivered). */
  shortfallMinutes: number;
  /** Elapsed: the shortfall. Running: the missed minutes, at most the shortfall. */
  owedMinutes: number;
  /** The part of owedMinutes that sessions logged as missed account for. */
  owedMissedMinutes: number;
  /** The rest of owedMinutes: required minutes with no session logged (elapsed periods only). */
  owedNotLoggedMinutes: number;
  status: ServicePeriodStatus;
  elapsed: boolean;
}

export interface ServiceLedger {
  periods: ServicePeriod[];
  /** Required and delivered: over elapsed periods only. */
  requiredMinutes: number;
  deliveredMinutes: number;
  /** Over every period listed, the running one included. */
  missedMinutes: number;
  /** The sum of every period's owedMinutes. */
  compensatoryMinutesOwed: number;
  /** The sums of the periods' owedMissedMinutes and owedNotLoggedMinutes. */
  owedMissedMinutes: number;
  owedNotLoggedMinutes: number;
  /** Elapsed periods with school days and nothing logged. */
  notLoggedPeriods: number;
}

const DAY_MS = 86_400_000;

function toDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function periodOf(day: number, frequency: ServiceFrequency): [number, number] {
  if (frequency === 'WEEKLY') {
    const monday = day - weekday(day);
    return [monday, monday + 6];
  }
  const date = new Date(day * DAY_MS);
  const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
  const last = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / DAY_MS;
  return [first, last];
}

function weekdaysBetween(from: number, to: number): number {
  let count = 0;
  for (let day = from; day <= to; day++) if (weekday(day) < 5) count++;
  return count;
}

/** A calendar's school year: its first to last day (or first to last school day listed). */
interface SchoolYear {
  first: number;
  last: number;
  calendar: SchoolCalendar;
}

function schoolYearOf(calendar: SchoolCalendar): SchoolYear | null {
  if ('firstDay' in calendar)
    return { first: toDay(calendar.firstDay), last: toDay(calendar.lastDay), calendar };
  const days = calendar.schoolDays.map(toDay);
  return days.length ? { first: Math.min(...days), last: Math.max(...days), calendar } : null;
}

type DayKind = 'SCHOOL' | 'NO_SCHOOL' | 'BETWEEN_YEARS' | 'NO_CALENDAR';

/**
 * What the district's calendars say of a day. Where two school years overlap (a calendar
 * entered twice), the one that starts later wins, as `CalendarsService.forDistrict` picks it.
 */
function dayKind(day: number, years: readonly SchoolYear[]): DayKind {
  let within: SchoolYear | null = null;
  let before = false;
  let after = false;
  for (const year of years) {
    if (year.first <= day && day <= year.last) {
      if (!within || year.first > within.first) within = year;
    } else if (year.last < day) before = true;
    else after = true;
  }
  if (within) return isSchoolDay(fromDay(day), within.calendar) ? 'SCHOOL' : 'NO_SCHOOL';
  return before && after ? 'BETWEEN_YEARS' : 'NO_CALENDAR';
}

/**
 * The ledger of one service from its start to the period containing `asOf` (or its end,
 * whichever is first). Nothing is listed for a service that has not started by `asOf`.
 * `calendars` are the district's school years (none: every period counts weekdays).
 *
 * @example
 * ```ts
 * serviceLedger(
 *   { minutes: 60, frequency: 'WEEKLY', startDate: '2026-01-05', endDate: null },
 *   [{ date: '2026-01-06', minutes: 30, status: 'DELIVERED' }],
 *   '2026-01-12',
 * ).compensatoryMinutesOwed; // 30
 * ```
 */
export function serviceLedger(
  service: RequiredService,
  sessions: readonly LoggedSession[],
  asOf: string,
  calendars: readonly SchoolCalendar[] = [],
): ServiceLedger {
  const years = calendars.map(schoolYearOf).filter((y): y is SchoolYear => y !== null);
  const start = toDay(service.startDate);
  const end = service.endDate === null ? Number.POSITIVE_INFINITY : toDay(service.endDate);
  const today = toDay(asOf);
  const last = Math.min(end, today);
  const periods: ServicePeriod[] = [];
  for (let cursor = start; cursor <= last;) {
    const [periodStart, periodEnd] = periodOf(cursor, service.frequency);
    const coveredFrom = Math.max(periodStart, start);
    const coveredTo = Math.min(periodEnd, end);
    const weekdays = weekdaysBetween(periodStart, periodEnd);
    let counted = 0;
    let countedOn: ServiceDayBasis = years.length ? 'DISTRICT_CALENDAR' : 'WEEKDAYS';
    for (let day = coveredFrom; day <= coveredTo; day++) {
      const kind: DayKind = years.length ? dayKind(day, years) : 'NO_CALENDAR';
      if (kind === 'NO_CALENDAR') countedOn = 'WEEKDAYS';
      if (
        kind === 'SCHOOL' ||
        (weekday(day) < 5 &&
          (kind === 'NO_CALENDAR' || (kind === 'BETWEEN_YEARS' && service.extendedSchoolYear)))
      )
        counted++;
    }
    // A calendar listing weekend school days cannot require more than the full minutes.
    const schoolDays = Math.min(counted, weekdays);
    const requiredMinutes =
      weekdays === 0 ? 0 : Math.round((service.minutes * schoolDays) / weekdays);
    let deliveredMinutes = 0;
    let missedMinutes = 0;
    let logged = 0;
    for (const session of sessions) {
      const day = toDay(session.date);
      if (day < periodStart || day > periodEnd) continue;
      logged++;
      if (session.status === 'DELIVERED') deliveredMinutes += session.minutes;
      else missedMinutes += session.minutes;
    }
    const shortfallMinutes = Math.max(0, requiredMinutes - deliveredMinutes);
    const elapsed = periodEnd < today;
    const owedMissedMinutes = Math.min(missedMinutes, shortfallMinutes);
    // Only an ended period owes for what nothing was logged against: the running one may yet
    // be delivered.
    const owedNotLoggedMinutes = elapsed ? shortfallMinutes - owedMissedMinutes : 0;
    const status: ServicePeriodStatus =
      schoolDays === 0
        ? 'NO_SCHOOL'
        : shortfallMinutes === 0
          ? 'MET'
          : logged === 0
            ? 'NOT_LOGGED'
            : missedMinutes > 0
              ? 'MISSED'
              : 'SHORT';
    periods.push({
      start: fromDay(periodStart),
      end: fromDay(periodEnd),
      weekdays,
      schoolDays,
      countedOn,
      requiredMinutes,
      deliveredMinutes,
      missedMinutes,
      shortfallMinutes,
      owedMinutes: owedMissedMinutes + owedNotLoggedMinutes,
      owedMissedMinutes,
      owedNotLoggedMinutes,
      status,
      elapsed,
    });
    cursor = periodEnd + 1;
  }
  type Minutes =
    | 'requiredMinutes'
    | 'deliveredMinutes'
    | 'missedMinutes'
    | 'owedMinutes'
    | 'owedMissedMinutes'
    | 'owedNotLoggedMinutes';
  const sum = (key: Minutes, of = periods) => of.reduce((total, p) => total + p[key], 0);
  const elapsed = periods.filter((p) => p.elapsed);
  return {
    periods,
    requiredMinutes: sum('requiredMinutes', elapsed),
    deliveredMinutes: sum('deliveredMinutes', elapsed),
    missedMinutes: sum('missedMinutes'),
    compensatoryMinutesOwed: sum('owedMinutes'),
    owedMissedMinutes: sum('owedMissedMinutes'),
    owedNotLoggedMinutes: sum('owedNotLoggedMinutes'),
    notLoggedPeriods: elapsed.filter((p) => p.status === 'NOT_LOGGED').length,
  };
}
