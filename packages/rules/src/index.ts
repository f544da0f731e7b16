/**
 * @continuum/rules: pure domain rules for special-education dispute advocacy. No I/O, no
 * clock: dates and calendars are arguments. See docs/domain.md.
 */
export const RULES_PACKAGE = '@continuum/rules';

export * from './errors.js';
export { isRecord } from './is-record.js';
export { RULES_DATA_VERSION } from './version.js';
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
export * from './messages/index.js';
// Pathways, intake and letters (parts 5-7). DOCX/PDF renderers are in '@continuum/rules/render'.
export * from './pathways/index.js';
export * from './intake/index.js';
export * from './letters/index.js';
export * from './parent-centers/index.js';
export * from './glossary/index.js';
export * from './kit/index.js';
export * from './guides/index.js';
export * from './readability/index.js';
export * from './parent-center-report/index.js';
