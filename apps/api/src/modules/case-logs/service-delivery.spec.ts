import type { SchoolCalendar } from '@continuum/rules';
import { type LoggedSession, type RequiredService, serviceLedger } from './service-delivery';

const weekly = (over: Partial<RequiredService> = {}): RequiredService => ({
  minutes: 60,
  frequency: 'WEEKLY',
  startDate: '2026-01-05', // a Monday
  endDate: null,
  ...over,
});
const delivered = (date: string, minutes: number): LoggedSession => ({
  date,
  minutes,
  status: 'DELIVERED',
});
const missed = (date: string, minutes: number): LoggedSession => ({
  date,
  minutes,
  status: 'MISSED',
});

describe('serviceLedger', () => {
  it('lists weekly periods Monday to Sunday up to the week containing today', () => {
    const ledger = serviceLedger(weekly(), [], '2026-01-20');
    expect(ledger.periods.map((p) => [p.start, p.end, p.elapsed])).toEqual([
      ['2026-01-05', '2026-01-11', true],
      ['2026-01-12', '2026-01-18', true],
      ['2026-01-19', '2026-01-25', false],
    ]);
  });

  it('owes required minus delivered over elapsed periods; the current week owes only missed minutes', () => {
    const ledger = serviceLedger(
      weekly(),
      [delivered('2026-01-06', 30), delivered('2026-01-13', 60), delivered('2026-01-20', 10)],
      '2026-01-20',
    );
    expect(ledger.periods.map((p) => p.shortfallMinutes)).toEqual([30, 0, 50]);
    expect(ledger.requiredMinutes).toBe(120);
    expect(ledger.deliveredMinutes).toBe(90);
    expect(ledger.compensatoryMinutesOwed).toBe(30);
  });

  it('floors each period at zero: extra minutes one week do not make up another', () => {
    const ledger = serviceLedger(
      weekly(),
      [delivered('2026-01-06', 120), delivered('2026-01-13', 0)],
      '2026-01-19',
    );
    expect(ledger.periods.map((p) => p.shortfallMinutes)).toEqual([0, 60, 60]);
    expect(ledger.compensatoryMinutesOwed).toBe(60);
  });

  it('counts missed sessions apart, without changing what was required or delivered', () => {
    const ledger = serviceLedger(
      weekly(),
      [delivered('2026-01-06', 30), missed('2026-01-08', 30)],
      '2026-01-12',
    );
    expect(ledger.missedMinutes).toBe(30);
    expect(ledger.deliveredMinutes).toBe(30);
    expect(ledger.compensatoryMinutesOwed).toBe(30);
  });

  it('a session missed in the running week is owed the day it is logged, and not twice once the week ends', () => {
    const sessions = [missed('2026-01-20', 30)];
    const before = serviceLedger(weekly(), [], '2026-01-21');
    const running = serviceLedger(weekly(), sessions, '2026-01-21');
    const ended = serviceLedger(weekly(), sessions, '2026-01-26');
    expect(running.compensatoryMinutesOwed - before.compensatoryMinutesOwed).toBe(30);
    expect(running.periods.at(-1)).toMatchObject({
      elapsed: false,
      missedMinutes: 30,
      owedMinutes: 30,
    });
    expect(running.missedMinutes).toBe(30);
    // Week three ends: it owes its whole shortfall (60), the missed 30 inside it.
    expect(ended.periods[2]).toMatchObject({
      elapsed: true,
      shortfallMinutes: 60,
      owedMinutes: 60,
    });
    expect(ended.compensatoryMinutesOwed).toBe(180);
  });

  it('the running week owes at most its shortfall', () => {
    const overMissed = serviceLedger(weekly(), [missed('2026-01-05', 90)], '2026-01-07');
    expect(overMissed.compensatoryMinutesOwed).toBe(60);
    const partlyDelivered = serviceLedger(
      weekly(),
      [delivered('2026-01-05', 45), missed('2026-01-06', 30)],
      '2026-01-07',
    );
    expect(partlyDelivered.compensatoryMinutesOwed).toBe(15);
  });

  it('a session recorded as delivered and corrected to missed raises the time owed', () => {
    const before = serviceLedger(weekly(), [delivered('2026-01-06', 60)], '2026-01-12');
    const after = serviceLedger(weekly(), [missed('2026-01-06', 60)], '2026-01-12');
    expect(before.compensatoryMinutesOwed).toBe(0);
    expect(after.compensatoryMinutesOwed).toBe(60);
  });

  it('a week that starts mid-week is prorated by weekdays covered (Wednesday start: 3 of 5)', () => {
    const ledger = serviceLedger(weekly({ startDate: '2026-01-07' }), [], '2026-01-12');
    expect(ledger.periods[0]).toMatchObject({ start: '2026-01-05', requiredMinutes: 36 });
    expect(ledger.compensatoryMinutesOwed).toBe(36);
  });

  it('a service starting on a Saturday requires nothing that weekend', () => {
    const ledger = serviceLedger(weekly({ startDate: '2026-01-10' }), [], '2026-01-12');
    expect(ledger.periods[0]).toMatchObject({ start: '2026-01-05', requiredMinutes: 0 });
  });

  it('a service ending mid-week is prorated and no period after its end is listed', () => {
    const ledger = serviceLedger(
      weekly({ endDate: '2026-01-13' }), // a Tuesday: 2 of 5 weekdays
      [],
      '2026-03-01',
    );
    expect(ledger.periods.map((p) => [p.start, p.requiredMinutes])).toEqual([
      ['2026-01-05', 60],
      ['2026-01-12', 24],
    ]);
    expect(ledger.compensatoryMinutesOwed).toBe(84);
  });

  it('a service starting and ending inside one week requires its share of that week', () => {
    const ledger = serviceLedger(
      weekly({ startDate: '2026-01-06', endDate: '2026-01-06' }),
      [],
      '2026-02-01',
    );
    expect(ledger.periods).toHaveLength(1);
    expect(ledger.periods[0]!.requiredMinutes).toBe(12);
  });

  it('lists nothing for a service that has not started yet', () => {
    const ledger = serviceLedger(weekly({ startDate: '2026-02-02' }), [], '2026-01-20');
    expect(ledger.periods).toEqual([]);
    expect(ledger.compensatoryMinutesOwed).toBe(0);
  });

  it('a week is elapsed only after its Sunday: on Sunday itself it is still running', () => {
    expect(serviceLedger(weekly(), [], '2026-01-11').periods[0]!.elapsed).toBe(false);
    expect(serviceLedger(weekly(), [], '2026-01-12').periods[0]!.elapsed).toBe(true);
  });

  it('places a session on a period boundary in its own week (Sunday in the first, Monday in the next)', () => {
    const ledger = serviceLedger(
      weekly(),
      [delivered('2026-01-11', 20), delivered('2026-01-12', 45)],
      '2026-01-19',
    );
    expect(ledger.periods.map((p) => p.deliveredMinutes)).toEqual([20, 45, 0]);
  });

  describe('monthly services', () => {
    const monthly = (over: Partial<RequiredService> = {}): RequiredService => ({
      minutes: 120,
      frequency: 'MONTHLY',
      startDate: '2026-01-01',
      endDate: null,
      ...over,
    });

    it('uses calendar months, including February of a leap year', () => {
      const ledger = serviceLedger(monthly({ startDate: '2028-02-01' }), [], '2028-03-05');
      expect(ledger.periods.map((p) => [p.start, p.end, p.elapsed])).toEqual([
        ['2028-02-01', '2028-02-29', true],
        ['2028-03-01', '2028-03-31', false],
      ]);
    });

    it('prorates a month started mid-month by its weekdays (January 2026 has 22)', () => {
      // From Thursday 15 January: 12 of January 2026's 22 weekdays; 120 × 12 / 22 = 65.45.
      const ledger = serviceLedger(monthly({ startDate: '2026-01-15' }), [], '2026-02-01');
      expect(ledger.periods[0]!.requiredMinutes).toBe(65);
    });

    it('crosses a year boundary and sums delivered minutes per month', () => {
      const ledger = serviceLedger(
        monthly({ startDate: '2025-12-01' }),
        [delivered('2025-12-10', 60), delivered('2025-12-17', 60), delivered('2026-01-14', 90)],
        '2026-02-03',
      );
      expect(ledger.periods.map((p) => [p.start, p.deliveredMinutes, p.shortfallMinutes])).toEqual([
        ['2025-12-01', 120, 0],
        ['2026-01-01', 90, 30],
        ['2026-02-01', 0, 120],
      ]);
      expect(ledger.compensatoryMinutesOwed).toBe(30);
    });
  });
});

describe('serviceLedger with the district calendar', () => {
  /**
   * A 2026-27 school year: Labor Day off, the whole Thanksgiving week off (Monday 23 to
   * Friday 27 November 2026), winter break from 21 December to 1 January.
   */
  const schoolYear2026: SchoolCalendar = {
    firstDay: '2026-08-24',
    lastDay: '2027-06-11',
    nonSchoolDays: [
      '2026-09-07',
      ...['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'],
      ...['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25'],
      ...['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01'],
    ],
  };
  const november = weekly({ startDate: '2026-11-09' }); // 60 minutes a week, from a Monday

  it('a week of Thanksgiving break owes nothing, and a week with nothing logged is reported as not logged', () => {
    const ledger = serviceLedger(
      november,
      [
        delivered('2026-11-10', 60),
        missed('2026-11-17', 60),
        // Nothing logged the week of 23 November (no school) nor the week of 30 November.
      ],
      '2026-12-07', // Monday: four weeks have ended, the fifth is running
      [schoolYear2026],
    );
    expect(
      ledger.periods.map((p) => [
        p.start,
        p.schoolDays,
        p.requiredMinutes,
        p.status,
        p.owedMissedMinutes,
        p.owedNotLoggedMinutes,
        p.countedOn,
      ]),
    ).toEqual([
      // 5 school days of 5: 60 × 5 / 5 = 60 required, 60 delivered.
      ['2026-11-09', 5, 60, 'MET', 0, 0, 'DISTRICT_CALENDAR'],
      // 60 required, 0 delivered, 60 logged missed: owed 60, for the missed session.
      ['2026-11-16', 5, 60, 'MISSED', 60, 0, 'DISTRICT_CALENDAR'],
      // Thanksgiving break: 0 school days, 60 × 0 / 5 = 0 required, nothing owed.
      ['2026-11-23', 0, 0, 'NO_SCHOOL', 0, 0, 'DISTRICT_CALENDAR'],
      // 60 required and no session logged at all: owed 60, where nothing was logged.
      ['2026-11-30', 5, 60, 'NOT_LOGGED', 0, 60, 'DISTRICT_CALENDAR'],
      // The running week: nothing logged yet, and nothing owed for it yet.
      ['2026-12-07', 5, 60, 'NOT_LOGGED', 0, 0, 'DISTRICT_CALENDAR'],
    ]);
    expect(ledger.periods[2]!.owedMinutes).toBe(0);
    // Owed: 60 (missed) + 0 (break) + 60 (not logged) = 120.
    expect(ledger.compensatoryMinutesOwed).toBe(120);
    expect(ledger.owedMissedMinutes).toBe(60);
    expect(ledger.owedNotLoggedMinutes).toBe(60);
    expect(ledger.notLoggedPeriods).toBe(1);
    // Required over the four ended weeks: 60 + 60 + 0 + 60 = 180.
    expect(ledger.requiredMinutes).toBe(180);
  });

  it('without the calendar the same log counts weekdays: the break week owes its 60 minutes too', () => {
    const ledger = serviceLedger(
      november,
      [delivered('2026-11-10', 60), missed('2026-11-17', 60)],
      '2026-12-07',
    );
    expect(ledger.periods[2]).toMatchObject({
      start: '2026-11-23',
      schoolDays: 5,
      requiredMinutes: 60,
      status: 'NOT_LOGGED',
      countedOn: 'WEEKDAYS',
    });
    // 60 (missed) + 60 + 60 (not logged) = 180.
    expect(ledger.compensatoryMinutesOwed).toBe(180);
    expect(ledger.periods.every((p) => p.countedOn === 'WEEKDAYS')).toBe(true);
  });

  it('a partial school week owes in proportion to its school days out of five (Thanksgiving Thursday and Friday off: 3/5)', () => {
    const thursdayFriday: SchoolCalendar = {
      firstDay: '2026-08-24',
      lastDay: '2027-06-11',
      nonSchoolDays: ['2026-11-26', '2026-11-27'],
    };
    const ledger = serviceLedger(november, [], '2026-11-30', [thursdayFriday]);
    // 60 × 3 / 5 = 36.
    expect(ledger.periods[2]).toMatchObject({
      start: '2026-11-23',
      schoolDays: 3,
      requiredMinutes: 36,
    });
    // Labor Day week: 60 × 4 / 5 = 48.
    const laborDay = serviceLedger(weekly({ startDate: '2026-09-07' }), [], '2026-09-14', [
      schoolYear2026,
    ]);
    expect(laborDay.periods[0]).toMatchObject({ schoolDays: 4, requiredMinutes: 48 });
  });

  it('a month owes in proportion to its school days out of its weekdays (November 2026: 16 of 21)', () => {
    const monthly: RequiredService = {
      minutes: 120,
      frequency: 'MONTHLY',
      startDate: '2026-11-01',
      endDate: null,
    };
    const ledger = serviceLedger(monthly, [delivered('2026-11-05', 60)], '2026-12-01', [
      schoolYear2026,
    ]);
    // November 2026 has 21 weekdays; the Thanksgiving week takes 5: 120 × 16 / 21 = 91.43.
    expect(ledger.periods[0]).toMatchObject({
      weekdays: 21,
      schoolDays: 16,
      requiredMinutes: 91,
      deliveredMinutes: 60,
      status: 'SHORT',
      owedMissedMinutes: 0,
      owedNotLoggedMinutes: 31,
    });
  });

  describe('a service that crosses school years', () => {
    const schoolYear2025: SchoolCalendar = {
      firstDay: '2025-08-25',
      lastDay: '2026-06-12', // a Friday
      nonSchoolDays: [],
    };
    const fromWednesday: SchoolCalendar = {
      firstDay: '2026-08-26', // a Wednesday
      lastDay: '2027-06-11',
      nonSchoolDays: ['2026-09-07'],
    };
    // From Monday 1 June to Friday 4 September 2026: 14 weeks.
    const overSummer = weekly({ startDate: '2026-06-01', endDate: '2026-09-04' });

    it('summer between two school years owes nothing', () => {
      const ledger = serviceLedger(overSummer, [], '2026-09-14', [fromWednesday, schoolYear2025]);
      expect(ledger.periods).toHaveLength(14);
      expect(ledger.periods.map((p) => p.requiredMinutes)).toEqual([
        ...[60, 60], // 1 and 8 June: five school days each in 2025-26
        ...Array<number>(9).fill(0), // 15 June to 16 August: summer, between the two years
        0, // 17 to 23 August: summer still; school starts on Wednesday 26
        36, // 24 August: Wednesday to Friday, 3 school days: 60 × 3 / 5 = 36
        60, // 31 August to Friday 4 September, the service's end: 5 school days
      ]);
      // 60 + 60 + 36 + 60 = 216, every week counted on the district's calendars.
      expect(ledger.compensatoryMinutesOwed).toBe(216);
      expect(ledger.periods.every((p) => p.countedOn === 'DISTRICT_CALENDAR')).toBe(true);
      expect(ledger.periods[5]!.status).toBe('NO_SCHOOL');
    });

    it('an extended school year service counts the weekdays of the summer between them', () => {
      const ledger = serviceLedger({ ...overSummer, extendedSchoolYear: true }, [], '2026-09-14', [
        schoolYear2025,
        fromWednesday,
      ]);
      // Summer weeks 15 June to 17 August: 10 × 60; the week of 24 August counts Monday and
      // Tuesday (between the years) and Wednesday to Friday (school): 60. Total
      // 60 + 60 + 600 + 60 + 60 = 840.
      expect(ledger.periods.map((p) => p.requiredMinutes)).toEqual([
        60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60,
      ]);
      expect(ledger.compensatoryMinutesOwed).toBe(840);
    });

    it('days no saved calendar reaches are counted on weekdays and the period says so', () => {
      // Only 2026-27 is saved: June to August 2026 is before it, and never guessed as summer.
      const ledger = serviceLedger(overSummer, [], '2026-09-14', [fromWednesday]);
      expect(ledger.periods.slice(0, 12).every((p) => p.countedOn === 'WEEKDAYS')).toBe(true);
      expect(ledger.periods.slice(0, 12).every((p) => p.requiredMinutes === 60)).toBe(true);
      // 24 August: Monday and Tuesday on weekdays, Wednesday to Friday school days: 5 → 60.
      expect(ledger.periods[12]).toMatchObject({ requiredMinutes: 60, countedOn: 'WEEKDAYS' });
      expect(ledger.periods[13]).toMatchObject({
        requiredMinutes: 60,
        countedOn: 'DISTRICT_CALENDAR',
      });
    });
  });

  it('splits what a short period owes between missed sessions and minutes with nothing logged', () => {
    const ledger = serviceLedger(
      weekly(),
      [delivered('2026-01-06', 30), missed('2026-01-08', 15), delivered('2026-01-13', 45)],
      '2026-01-19',
    );
    // Week one: 60 − 30 = 30 short; 15 logged missed, the other 15 nothing logged.
    expect(ledger.periods[0]).toMatchObject({
      status: 'MISSED',
      owedMinutes: 30,
      owedMissedMinutes: 15,
      owedNotLoggedMinutes: 15,
    });
    // Week two: 60 − 45 = 15 short, only delivered sessions logged.
    expect(ledger.periods[1]).toMatchObject({
      status: 'SHORT',
      owedMinutes: 15,
      owedMissedMinutes: 0,
      owedNotLoggedMinutes: 15,
    });
    expect(ledger.compensatoryMinutesOwed).toBe(45);
    expect(ledger.owedMissedMinutes + ledger.owedNotLoggedMinutes).toBe(45);
  });
});
