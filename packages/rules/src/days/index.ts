/**
 * Day arithmetic on plain dates (`YYYY-MM-DD`), with no time zone anywhere: calendar days,
 * business days (34 CFR 300.11(b)) and school days (34 CFR 300.11(c)).
 *
 * Dates are held as integer days since 1970-01-01 inside the functions (the bench showed
 * this several times faster than Temporal.PlainDate); the property tests check every
 * function against `Temporal.PlainDate` from temporal-polyfill.
 */
export {
  type IsoDate,
  type CivilDate,
  parseIsoDate,
  parseEpochDay,
  epochDayOfIso,
  isoOfEpochDay,
  epochDayOf,
  civilOf,
  formatIsoDate,
  isLeapYear,
  daysInMonth,
  weekday,
  weekdayOfEpochDay,
  compareIsoDates,
} from './iso-date.js';
export { addDays, addMonths, addYears, daysBetween } from './calendar-days.js';
export {
  type BusinessDayOptions,
  addBusinessDays,
  addBusinessEpochDays,
  isBusinessDay,
  isBusinessEpochDay,
  extraHolidays,
} from './business-days.js';
export { type FederalHoliday, federalHolidays, federalHolidayList, federalHolidayEpochDays } from './federal-holidays.js';
export {
  type SchoolCalendar,
  addSchoolDays,
  addSchoolEpochDays,
  isSchoolDay,
  parseSchoolCalendar,
  schoolDaysBetween,
  schoolEpochDays,
} from './school-days.js';
