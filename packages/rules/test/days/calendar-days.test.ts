import { describe, expect, it } from 'vitest';
import { RulesInputError, addDays, addMonths, addYears, daysBetween, parseIsoDate } from '../../src/index.js';

describe('calendar days (34 CFR 300.11(a): a day is a calendar day)', () => {
  it.each([
    ['10 days after 2026-12-22 crosses the year: 2027-01-01', '2026-12-22', 10, '2027-01-01'],
    ['1 day after 2024-02-28 is the leap day 2024-02-29', '2024-02-28', 1, '2024-02-29'],
    ['1 day after 2023-02-28 is 2023-03-01 (no leap day)', '2023-02-28', 1, '2023-03-01'],
    ['30 days after 2026-01-31 runs through a 28-day February: 2026-03-02', '2026-01-31', 30, '2026-03-02'],
    ['0 days after a date is the date', '2026-06-15', 0, '2026-06-15'],
    ['1 day before 2024-03-01 is 2024-02-29', '2024-03-01', -1, '2024-02-29'],
    ['45 days after 2026-11-20 is 2027-01-04', '2026-11-20', 45, '2027-01-04'],
  ])('%s', (_name, from, n, expected) => {
    expect(addDays(from, n)).toBe(expected);
  });

  it.each([
    ['January 31 + 1 month = February 28 in a common year', '2026-01-31', 1, '2026-02-28'],
    ['January 31 + 1 month = February 29 in a leap year', '2024-01-31', 1, '2024-02-29'],
    ['November 15 + 2 months crosses the year', '2026-11-15', 2, '2027-01-15'],
    ['March 31 - 1 month = February 28', '2026-03-31', -1, '2026-02-28'],
    ['August 31 + 1 month = September 30', '2026-08-31', 1, '2026-09-30'],
  ])('addMonths: %s', (_name, from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it.each([
    ['1 year after February 29 is February 28', '2024-02-29', 1, '2025-02-28'],
    ['4 years after February 29 is February 29', '2024-02-29', 4, '2028-02-29'],
    ['1 year after December 31 is December 31', '2025-12-31', 1, '2026-12-31'],
    ['3 years after 2026-03-15 is 2029-03-15', '2026-03-15', 3, '2029-03-15'],
    ['2 years before 2026-02-28 is 2024-02-28', '2026-02-28', -2, '2024-02-28'],
  ])('addYears: %s', (_name, from, n, expected) => {
    expect(addYears(from, n)).toBe(expected);
  });

  it.each([
    ['across a leap day', '2024-02-28', '2024-03-01', 2],
    ['across a common February end', '2023-02-28', '2023-03-01', 1],
    ['backwards is negative', '2026-01-10', '2026-01-01', -9],
    ['a common year has 365 days', '2025-01-01', '2026-01-01', 365],
    ['a leap year has 366 days', '2024-01-01', '2025-01-01', 366],
  ])('daysBetween: %s', (_name, from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('parseIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '1999-12-31', '2026-11-23'])('accepts the real date %s', (d) => {
    expect(parseIsoDate(d, 'date')).toBe(d);
  });

  it.each([
    ['2025-02-30', 'no February 30'],
    ['2023-02-29', 'no leap day in 2023'],
    ['1900-02-29', 'no leap day in 1900 (century rule)'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'no 13th month'],
    ['2026-00-10', 'no month 0'],
    ['2026-1-01', 'not zero-padded'],
    ['2026-01-01T00:00:00Z', 'a timestamp, not a plain date'],
    ['', 'empty'],
    [20260101, 'a number'],
    [null, 'null'],
  ])('rejects %j (%s) with a RulesInputError naming the field', (value, _why) => {
    expect(() => parseIsoDate(value, 'events[0].date')).toThrow(RulesInputError);
    try {
      parseIsoDate(value, 'events[0].date');
    } catch (error) {
      expect(error).toBeInstanceOf(RulesInputError);
      const e = error as RulesInputError;
      expect(e.field).toBe('events[0].date');
      expect(e.message).toContain('events[0].date');
      expect(e.message).not.toContain('\n');
    }
  });

  it('rejects a shift that is not a whole number', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RulesInputError);
    expect(() => addDays('2026-01-01', Number.NaN)).toThrow(RulesInputError);
  });
});
