/**
 * The organization's time zone in the portal. Every date and time a person reads is in the
 * zone of the organization they act in (the API's `Organization.timeZone`), on the server
 * and in the browser alike, so "today", "overdue" and a timestamp mean the same on every
 * page and for everyone in the organization, wherever their computer thinks it is.
 */

/** The zone of an organization that has not chosen one (the API's default). */
export const DEFAULT_TIME_ZONE = 'UTC';

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone.
 *
 * @example
 *   // 23:30 on January 20 in Los Angeles is 07:30 UTC on January 21.
 *   dayInZone(new Date('2026-01-21T07:30:00Z'), 'America/Los_Angeles'); // '2026-01-20'
 */
export function dayInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    calendar: 'iso8601',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Every time zone the runtime knows, for a picker (IANA names, sorted). */
export function timeZoneNames(): string[] {
  const names = Intl.supportedValuesOf('timeZone');
  return names.includes('UTC') ? names : [...names, 'UTC'].sort();
}
