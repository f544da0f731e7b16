import { programYearOf } from '@continuum/rules';
import { dayInZone } from '$lib/time-zone';

/** The last program year that has ended by now in the organization's zone: the one a director reports on. */
export function lastEndedProgramYear(timeZone: string, now = new Date()): number {
  return programYearOf(dayInZone(now, timeZone)) - 1;
}

/** `?year=` as a program year, or null when it is not one. */
export function yearParam(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2200 ? year : null;
}
