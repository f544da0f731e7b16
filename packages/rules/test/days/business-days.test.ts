import { describe, expect, it } from 'vitest';
import { addBusinessDays, federalHolidayList, federalHolidays, isBusinessDay } from '../../src/index.js';

describe('federal holidays (5 U.S.C. 6103)', () => {
  it('2026: the eleven observed holidays, Independence Day moved to Friday July 3', () => {
    expect(federalHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it('2022: Juneteenth and Christmas on Sundays are observed on Mondays; New Year 2022 was observed in 2021', () => {
    const days = federalHolidays(2022);
    expect(days).toContain('2022-06-20');
    expect(days).toContain('2022-12-26');
    expect(days).not.toContain('2022-01-01');
    expect(federalHolidays(2021)).toContain('2021-12-31');
    expect(federalHolidayList(2021).at(-1)).toEqual({ date: '2021-12-31', name: "New Year's Day", actualDate: '2022-01-01' });
  });

  it('Juneteenth is a federal holiday from 2021 (Pub. L. 117-17), not in 2020', () => {
    expect(federalHolidays(2020).some((d) => d.startsWith('2020-06'))).toBe(false);
    expect(federalHolidays(2021)).toContain('2021-06-18');
  });

  it('2027: July 4 on Sunday is observed Monday July 5; Christmas on Saturday on Friday December 24; New Year 2028 on December 31', () => {
    const days = federalHolidays(2027);
    expect(days).toContain('2027-07-05');
    expect(days).toContain('2027-12-24');
    expect(days).toContain('2027-12-31');
  });
});

describe('business days (34 CFR 300.11(b): Monday to Friday less federal and state holidays)', () => {
  it.each([
    ['34 CFR 300.510(e): 3 business days after Wednesday 2026-11-25 skip Thanksgiving and the weekend', '2026-11-25', 3, '2026-12-01'],
    ['34 CFR 300.512(a)(3): 5 business days before Monday 2026-11-30 skip Thanksgiving', '2026-11-30', -5, '2026-11-20'],
    ['3 business days after 2026-12-23 skip Christmas Day: 2026-12-29', '2026-12-23', 3, '2026-12-29'],
    ['1 business day after Friday is Monday', '2026-03-06', 1, '2026-03-09'],
    ['1 business day after a Saturday is Monday', '2026-03-07', 1, '2026-03-09'],
    ['1 business day after 2026-07-02 skips the observed Independence Day (Friday July 3)', '2026-07-02', 1, '2026-07-06'],
    ['2 business days after 2027-12-30 skip New Year 2028 observed on Friday 2027-12-31', '2027-12-30', 2, '2028-01-04'],
    ['0 business days after a date is the date', '2026-03-07', 0, '2026-03-07'],
  ])('%s', (_name, from, n, expected) => {
    expect(addBusinessDays(from, n)).toBe(expected);
  });

  it('state holidays passed in are skipped as well (the day after Thanksgiving)', () => {
    expect(addBusinessDays('2026-11-25', 3, { holidays: ['2026-11-27'] })).toBe('2026-12-02');
    expect(isBusinessDay('2026-11-27')).toBe(true);
    expect(isBusinessDay('2026-11-27', { holidays: ['2026-11-27'] })).toBe(false);
  });

  it.each([
    ['2026-11-26', false],
    ['2026-11-28', false],
    ['2026-11-29', false],
    ['2026-11-30', true],
    ['2026-07-03', false],
  ])('isBusinessDay(%s) is %s', (d, expected) => {
    expect(isBusinessDay(d)).toBe(expected);
  });
});
