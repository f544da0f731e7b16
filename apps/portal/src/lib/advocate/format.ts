import { dayInZone } from '$lib/time-zone';

/**
 * Dates as people read them. Deadlines are plain calendar days (`YYYY-MM-DD`, docs/domain.md
 * section 2): they are formatted in UTC so that no time zone can move them a day.
 *
 * @example
 *   formatDay('2026-03-17', 'en'); // 'Mar 17, 2026'
 *   formatDay('2026-03-17', 'es'); // '17 mar 2026'
 */
export function formatDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * An instant (ISO 8601) as a date and time in the organization's time zone, naming the zone:
 * the server renders it and the browser hydrates the same text, whatever either one's zone.
 *
 * @example
 *   formatInstant('2026-01-21T07:30:00Z', 'en', 'America/Los_Angeles'); // 'Jan 20, 2026, 11:30 PM PST'
 */
export function formatInstant(instant: string, locale: string, timeZone: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  // Spelled out rather than dateStyle/timeStyle: Intl refuses a zone name beside those.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}

/** Today as `YYYY-MM-DD` in the organization's time zone, the API's notion of today. */
export function todayIso(timeZone: string, now: Date = new Date()): string {
  return dayInZone(now, timeZone);
}
