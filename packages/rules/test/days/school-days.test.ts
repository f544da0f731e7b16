import { describe, expect, it } from 'vitest';
import {
  RulesInputError,
  addSchoolDays,
  isSchoolDay,
  parseSchoolCalendar,
  schoolDaysBetween,
  type SchoolCalendar,
} from '../../src/index.js';
import { YEAR_2026_27 } from '../fixtures/calendars.js';

describe('school days (34 CFR 300.11(c)): "N school days after D" is the Nth school day after D', () => {
  it.each([
    ['10 school days after Friday 2026-11-20 skip the three-day Thanksgiving break: Nov 23, 24, 30, Dec 1-4, 7, 8, 9', '2026-11-20', 10, '2026-12-09'],
    ['10 school days after Monday 2026-12-14 skip the winter break into 2027', '2026-12-14', 10, '2027-01-11'],
    ['1 school day after the last day before winter break is the first day after it', '2026-12-18', 1, '2027-01-04'],
    ['1 school day after a Saturday is Monday', '2026-10-03', 1, '2026-10-05'],
    ['counting back: 5 school days before 2027-01-05 reach into December', '2027-01-05', -5, '2026-12-15'],
    ['before the first day, the first day is school day 1', '2026-08-01', 1, '2026-08-24'],
    ['Labor Day is skipped: 1 school day after Friday 2026-09-04 is Tuesday', '2026-09-04', 1, '2026-09-08'],
  ])('%s', (_name, from, n, expected) => {
    expect(addSchoolDays(from, n, YEAR_2026_27)).toBe(expected);
  });

  it('returns null when the calendar ends before the Nth school day', () => {
    expect(addSchoolDays('2027-06-08', 5, YEAR_2026_27)).toBeNull();
    expect(addSchoolDays('2026-08-25', -5, YEAR_2026_27)).toBeNull();
  });

  it('an explicit list of school days works the same way', () => {
    const cal: SchoolCalendar = { schoolDays: ['2026-09-01', '2026-09-03', '2026-09-08', '2026-09-02'] };
    expect(addSchoolDays('2026-09-01', 2, cal)).toBe('2026-09-03');
    expect(addSchoolDays('2026-09-01', 3, cal)).toBe('2026-09-08');
    expect(addSchoolDays('2026-09-01', 4, cal)).toBeNull();
    expect(isSchoolDay('2026-09-02', cal)).toBe(true);
    expect(isSchoolDay('2026-09-04', cal)).toBe(false);
  });

  it('schoolDaysBetween counts school days after `from` up to and including `to`', () => {
    expect(schoolDaysBetween('2026-11-20', '2026-12-01', YEAR_2026_27)).toBe(4); // Nov 23, 24, 30, Dec 1
    expect(schoolDaysBetween('2026-12-18', '2027-01-04', YEAR_2026_27)).toBe(1);
  });

  it.each([
    [{ firstDay: '2026-09-31', lastDay: '2027-06-01', nonSchoolDays: [] }, 'calendar.firstDay'],
    [{ firstDay: '2026-09-01', lastDay: '2026-08-01', nonSchoolDays: [] }, 'calendar.lastDay'],
    [{ firstDay: '2026-09-01', lastDay: '2027-06-01', nonSchoolDays: ['x'] }, 'calendar.nonSchoolDays[0]'],
    [{ schoolDays: 'all' }, 'calendar.schoolDays'],
    [[], 'calendar'],
    ['2026', 'calendar'],
  ])('rejects a malformed calendar %j naming %s', (value, field) => {
    try {
      parseSchoolCalendar(value, 'calendar');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RulesInputError);
      expect((error as RulesInputError).field).toBe(field);
    }
  });
});
