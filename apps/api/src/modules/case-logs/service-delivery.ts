/**
 * Required against delivered minutes of one IEP service, period by period, and the
 * compensatory time owed. Pure: dates are `YYYY-MM-DD` strings and `asOf` (today) is an
 * argument.
 *
 * The arithmetic, documented in docs/domain.md ("Records"):
 * - A WEEKLY service's periods are weeks from Monday to Sunday; a MONTHLY service's are
 *   calendar months.
 * - A period the service covers only in part (it starts or ends mid-period) requires a
 *   prorated share: the required minutes times the weekdays (Monday to Friday) of the period
 *   inside the service's dates, divided by the weekdays of the whole period, rounded to the
 *   nearest minute. Weekdays stand in for school days; district holidays are not subtracted.
 * - Delivered minutes are the sum of the sessions logged as delivered on a day of the period;
 *   missed sessions are counted apart, for the record, and do not change what was required.
 * - A period is elapsed once its last day is before `asOf`. An elapsed period owes its
 *   shortfall, (required − delivered) floored at 0: extra minutes in one period do not make
 *   up for another, and its missed sessions are already inside that shortfall.
 * - The running period owes what is already known to be lost: the minutes of its sessions
 *   logged as missed, at most its shortfall. A missed session therefore counts the day it is
 *   logged, and once the period ends the shortfall takes over without counting it twice.
 * - Compensatory time owed is the sum of what each period owes. This is arithmetic, not a
 *   legal finding of what a district owes.
 */

export type ServiceFrequency = 'WEEKLY' | 'MONTHLY';
export type SessionStatus = 'DELIVERED' | 'MISSED';

export interface RequiredService {
  minutes: number;
  frequency: ServiceFrequency;
  startDate: string;
  /** Null while the service has no end date in the IEP. */
  endDate: string | null;
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
  requiredMinutes: number;
  deliveredMinutes: number;
  missedMinutes: number;
  /** max(0, required − delivered). */
  shortfallMinutes: number;
  /** Elapsed: the shortfall. Running: the missed minutes, at most the shortfall. */
  owedMinutes: number;
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

/**
 * The ledger of one service from its start to the period containing `asOf` (or its end,
 * whichever is first). Nothing is listed for a service that has not started by `asOf`.
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
): ServiceLedger {
  const start = toDay(service.startDate);
  const end = service.endDate === null ? Number.POSITIVE_INFINITY : toDay(service.endDate);
  const today = toDay(asOf);
  const last = Math.min(end, today);
  const periods: ServicePeriod[] = [];
  for (let cursor = start; cursor <= last;) {
    const [periodStart, periodEnd] = periodOf(cursor, service.frequency);
    const coveredFrom = Math.max(periodStart, start);
    const coveredTo = Math.min(periodEnd, end);
    const all = weekdaysBetween(periodStart, periodEnd);
    const covered = weekdaysBetween(coveredFrom, coveredTo);
    const requiredMinutes = all === 0 ? 0 : Math.round((service.minutes * covered) / all);
    let deliveredMinutes = 0;
    let missedMinutes = 0;
    for (const session of sessions) {
      const day = toDay(session.date);
      if (day < periodStart || day > periodEnd) continue;
      if (session.status === 'DELIVERED') deliveredMinutes += session.minutes;
      else missedMinutes += session.minutes;
    }
    const shortfallMinutes = Math.max(0, requiredMinutes - deliveredMinutes);
    const elapsed = periodEnd < today;
    periods.push({
      start: fromDay(periodStart),
      end: fromDay(periodEnd),
      requiredMinutes,
      deliveredMinutes,
      missedMinutes,
      shortfallMinutes,
      owedMinutes: elapsed ? shortfallMinutes : Math.min(missedMinutes, shortfallMinutes),
      elapsed,
    });
    cursor = periodEnd + 1;
  }
  type Minutes = 'requiredMinutes' | 'deliveredMinutes' | 'missedMinutes' | 'owedMinutes';
  const sum = (key: Minutes, of = periods) => of.reduce((total, p) => total + p[key], 0);
  const elapsed = periods.filter((p) => p.elapsed);
  return {
    periods,
    requiredMinutes: sum('requiredMinutes', elapsed),
    deliveredMinutes: sum('deliveredMinutes', elapsed),
    missedMinutes: sum('missedMinutes'),
    compensatoryMinutesOwed: sum('owedMinutes'),
  };
}
