import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  addMonths,
  addSchoolDays,
  addYears,
  daysBetween,
  epochDayOf,
  federalHolidays,
  isBusinessDay,
  isoOfEpochDay,
  parseIsoDate,
  weekday,
  type SchoolCalendar,
} from '../../src/index.js';

const MIN = epochDayOf(1901, 1, 1);
const MAX = epochDayOf(2199, 12, 31);
const date = fc.integer({ min: MIN, max: MAX }).map(isoOfEpochDay);
const businessDate = date.filter((d) => isBusinessDay(d));
const shift = fc.integer({ min: -2000, max: 2000 });
const runs = { numRuns: 500 };

describe('day arithmetic agrees with Temporal.PlainDate (temporal-polyfill)', () => {
  it('addDays', () => {
    fc.assert(
      fc.property(date, shift, (d, n) => addDays(d, n) === Temporal.PlainDate.from(d).add({ days: n }).toString()),
      runs,
    );
  });

  it('addMonths (day of month constrained, as Temporal does)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), (d, n) =>
        addMonths(d, n) === Temporal.PlainDate.from(d).add({ months: n }).toString(),
      ),
      runs,
    );
  });

  it('addYears (February 29 to February 28)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5, max: 5 }), (d, n) =>
        addYears(d, n) === Temporal.PlainDate.from(d).add({ years: n }).toString(),
      ),
      runs,
    );
  });

  it('daysBetween', () => {
    fc.assert(
      fc.property(date, date, (a, b) => daysBetween(a, b) === Temporal.PlainDate.from(a).until(b).days),
      runs,
    );
  });

  it('parseIsoDate accepts exactly the dates Temporal accepts with overflow: reject', () => {
    const parts = fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(parts, ([y, m, d]) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        let temporalOk = true;
        try {
          Temporal.PlainDate.from({ year: y, month: m, day: d }, { overflow: 'reject' });
        } catch {
          temporalOk = false;
        }
        let ours = true;
        try {
          parseIsoDate(text, 'date');
        } catch {
          ours = false;
        }
        return ours === temporalOk;
      }),
      { numRuns: 2000 },
    );
  });

  it('weekday', () => {
    fc.assert(fc.property(date, (d) => weekday(d) === Temporal.PlainDate.from(d).dayOfWeek % 7), runs);
  });
});

describe('counting back what was added returns the start', () => {
  it('calendar days', () => {
    fc.assert(fc.property(date, shift, (d, n) => addDays(addDays(d, n), -n) === d), runs);
  });

  it('business days, from a business day', () => {
    fc.assert(
      fc.property(businessDate, fc.integer({ min: -300, max: 300 }), (d, n) => addBusinessDays(addBusinessDays(d, n), -n) === d),
      runs,
    );
  });

  it('school days, from a school day, whenever the calendar reaches', () => {
    const calendarArb = fc
      .tuple(fc.integer({ min: MIN, max: MAX - 400 }), fc.integer({ min: 30, max: 300 }), fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 40 }))
      .map(([start, length, closed]): SchoolCalendar => ({
        firstDay: isoOfEpochDay(start),
        lastDay: isoOfEpochDay(start + length),
        nonSchoolDays: closed.map((c) => isoOfEpochDay(start + c)),
      }));
    fc.assert(
      fc.property(calendarArb, fc.integer({ min: 0, max: 300 }), fc.integer({ min: -60, max: 60 }), (cal, offset, n) => {
        if (!('firstDay' in cal)) return true;
        const start = addSchoolDays(addDays(cal.firstDay, offset), 0, cal);
        if (start === null) return true;
        const d = addSchoolDays(start, 1, cal);
        if (d === null) return true;
        const there = addSchoolDays(d, n, cal);
        if (there === null) return true;
        expect(addSchoolDays(there, -n, cal)).toBe(d);
        return true;
      }),
      runs,
    );
  });
});

describe('business-day results are never weekends or federal holidays', () => {
  it('for any start and any non-zero count', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }).filter((n) => n !== 0), (d, n) => {
        const r = addBusinessDays(d, n);
        const wd = weekday(r);
        return wd !== 0 && wd !== 6 && !federalHolidays(Number(r.slice(0, 4))).includes(r);
      }),
      runs,
    );
  });

  it('federal holidays are always observed on a weekday inside their year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2199 }), (year) =>
        federalHolidays(year).every((h) => h.startsWith(`${year}-`) && weekday(h) !== 0 && weekday(h) !== 6),
      ),
      runs,
    );
  });
});
