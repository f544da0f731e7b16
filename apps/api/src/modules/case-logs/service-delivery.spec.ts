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
