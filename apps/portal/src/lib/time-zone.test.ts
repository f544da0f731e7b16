import { describe, expect, it } from 'vitest';
import { formatDate } from './family/labels';
import { dayInZone, startOfDay, timeZoneNames } from './time-zone';

describe(dayInZone.name, () => {
  it('is the day in the zone, not in UTC', () => {
    // 23:30 PST on January 20 is 07:30 UTC on January 21.
    const instant = new Date('2026-01-21T07:30:00Z');
    expect(dayInZone(instant, 'America/Los_Angeles')).toBe('2026-01-20');
    expect(dayInZone(instant, 'America/New_York')).toBe('2026-01-21');
    expect(dayInZone(instant, 'UTC')).toBe('2026-01-21');
  });
});

describe(timeZoneNames.name, () => {
  it('offers the demo organizations’ zones and UTC', () => {
    const names = timeZoneNames();
    expect(names).toEqual(
      expect.arrayContaining(['America/Los_Angeles', 'America/New_York', 'UTC']),
    );
  });
});

describe(formatDate.name, () => {
  it('writes a timestamp as the day it fell on in the organization’s zone', () => {
    expect(formatDate('2026-01-21T07:30:00Z', 'en', 'America/Los_Angeles')).toBe(
      'January 20, 2026',
    );
    expect(formatDate('2026-01-21T07:30:00Z', 'es', 'America/New_York')).toBe(
      '21 de enero de 2026',
    );
  });

  it('never moves a calendar day', () => {
    expect(formatDate('2026-01-20', 'en', 'Pacific/Honolulu')).toBe('January 20, 2026');
  });
});

describe(startOfDay.name, () => {
  it.each([
    ['2026-01-20', 'America/Los_Angeles', '2026-01-20T08:00:00.000Z'],
    ['2026-03-08', 'America/Los_Angeles', '2026-03-08T08:00:00.000Z'], // DST begins at 02:00
    ['2026-03-09', 'America/Los_Angeles', '2026-03-09T07:00:00.000Z'],
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z'], // DST ends at 02:00
    ['2026-11-02', 'America/New_York', '2026-11-02T05:00:00.000Z'],
    ['2026-01-20', 'Asia/Kolkata', '2026-01-19T18:30:00.000Z'],
    ['2026-01-20', 'UTC', '2026-01-20T00:00:00.000Z'],
  ])('%s begins in %s at %s', (day, zone, instant) => {
    expect(startOfDay(day, zone).toISOString()).toBe(instant);
  });
});
