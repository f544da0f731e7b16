/**
 * @continuum/rules: pure domain rules for special-education dispute advocacy. No I/O, no
 * clock: dates and calendars are arguments. See docs/domain.md.
 */
export const RULES_PACKAGE = '@continuum/rules';

/**
 * The version of the rules data (state procedures, deadline rules, their sources). It changes
 * whenever a change to the data or the engine can move a computed date; the API stores it with
 * every deadline and recomputes deadlines stored with another version.
 *
 * @example
 * import { RULES_DATA_VERSION } from '@continuum/rules';
 * const stale = storedDeadline.rulesVersion !== RULES_DATA_VERSION;
 */
export const RULES_DATA_VERSION = '2026-12.0';

export * from './errors.js';
export {
  type IsoDate,
  type SchoolCalendar,
  type BusinessDayOptions,
  type FederalHoliday,
  parseIsoDate,
  parseSchoolCalendar,
  addDays,
  addMonths,
  addYears,
  daysBetween,
  addBusinessDays,
  isBusinessDay,
  federalHolidays,
  federalHolidayList,
  addSchoolDays,
  isSchoolDay,
  schoolDaysBetween,
  compareIsoDates,
  weekday,
  isLeapYear,
  daysInMonth,
  epochDayOf,
  isoOfEpochDay,
} from './days/index.js';
export * from './states/index.js';
export * from './proceedings/index.js';
// Pathways, intake and letters (parts 5-7). DOCX/PDF renderers are in '@continuum/rules/render'.
export * from './pathways/index.js';
export * from './intake/index.js';
export * from './letters/index.js';
