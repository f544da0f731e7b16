import { describe, expect, it } from 'vitest';
import { formatMinutes, serviceChartData, type PeriodFigures } from './minutes';

describe('formatMinutes', () => {
  it.each([
    [0, 'en', '0 min'],
    [45, 'en', '45 min'],
    [60, 'en', '60 min (1 h)'],
    [150, 'en', '150 min (2 h 30 min)'],
    [1500, 'en', '1,500 min (25 h)'],
    [1500, 'es', '1500 min (25 h)'],
  ])('%i minutes in %s read %s', (minutes, locale, expected) => {
    expect(formatMinutes(minutes, locale)).toBe(expected);
  });
});

describe('serviceChartData', () => {
  const period = (start: string, required: number, delivered: number, missed: number) =>
    ({
      start,
      end: start,
      weekdays: 5,
      schoolDays: 5,
      countedOn: 'WEEKDAYS',
      requiredMinutes: required,
      deliveredMinutes: delivered,
      missedMinutes: missed,
      shortfallMinutes: Math.max(0, required - delivered),
      owedMinutes: Math.max(0, required - delivered),
      owedMissedMinutes: Math.min(missed, Math.max(0, required - delivered)),
      owedNotLoggedMinutes: 0,
      status: delivered >= required ? 'MET' : 'MISSED',
      elapsed: true,
    }) satisfies PeriodFigures;

  it('keeps the periods in order, one value of each series per period', () => {
    const data = serviceChartData(
      [period('2026-01-05', 60, 30, 30), period('2026-01-12', 60, 90, 0)],
      (p) => p.start,
    );
    expect(data).toEqual({
      labels: ['2026-01-05', '2026-01-12'],
      required: [60, 60],
      delivered: [30, 90],
      missed: [30, 0],
    });
  });
});
