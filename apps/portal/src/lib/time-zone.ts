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

/** How far a zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a calendar day begins in a time zone (for filters over whole days there).
 *
 * @example
 *   startOfDay('2026-01-20', 'America/Los_Angeles').toISOString(); // '2026-01-20T08:00:00.000Z'
 */
export function startOfDay(day: string, timeZone: string): Date {
  return localInstant(`${day}T00:00`, timeZone);
}

/** The instant of a wall-clock time (`YYYY-MM-DDTHH:mm`, as a datetime-local input gives it) in a zone. */
export function localInstant(local: string, timeZone: string): Date {
  const asUtc = Date.parse(`${local.slice(0, 16)}:00Z`);
  // The offset at that time there; asked twice in case a daylight saving change lies between.
  let at = asUtc - offsetAt(asUtc, timeZone);
  at = asUtc - offsetAt(at, timeZone);
  return new Date(at);
}
