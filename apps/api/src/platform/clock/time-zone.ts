import { DomainError } from '../errors/domain-error';

/** The default zone of an organization that has not chosen one (the migration's default). */
export const DEFAULT_TIME_ZONE = 'UTC';

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** Formatters are costly to build and a process sees few zones: one per zone, kept. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD; the calendar is pinned so no locale default moves it.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      calendar: 'iso8601',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The IANA time zone named by `value`, in its canonical spelling (`us/pacific` becomes
 * `America/Los_Angeles`), or null when the runtime's time zone database does not know it.
 * Fixed offsets (`+05:00`) are refused: they ignore daylight saving time.
 *
 * @example
 *   canonicalTimeZone('america/new_york'); // 'America/New_York'
 *   canonicalTimeZone('Mars/Olympus_Mons'); // null
 */
export function canonicalTimeZone(value: string): string | null {
  const name = value.trim();
  if (!name || name.length > 64 || !ZONE_NAME.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A time zone from user input, canonical, or an error naming the field. */
export function requireTimeZone(value: string, field = 'timeZone'): string {
  const zone = canonicalTimeZone(value);
  if (!zone)
    throw new DomainError(
      'INVALID_TIME_ZONE',
      'TIME_ZONE_INVALID',
      'Choose a time zone by its name, like America/Los_Angeles or America/New_York.',
      field,
      { value: value.slice(0, 100) },
    );
  return zone;
}

/**
 * The calendar date (`YYYY-MM-DD`) an instant falls on in a time zone.
 *
 * @example
 *   // 23:30 in Los Angeles on March 17 is 06:30 UTC on March 18 (PDT, UTC-7).
 *   dateInZone(new Date('2026-03-18T06:30:00Z'), 'America/Los_Angeles'); // '2026-03-17'
 */
export function dateInZone(instant: Date, timeZone: string): string {
  return dayFormat(timeZone).format(instant);
}
