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
 * An instant (ISO 8601) as a date and time, in UTC and saying so: the server renders it and
 * the browser hydrates the same text, whatever either one's time zone.
 */
export function formatInstant(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return (
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(date) + ' UTC'
  );
}

/** Today as `YYYY-MM-DD` in UTC, the API's own notion of today (families.service `today`). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
