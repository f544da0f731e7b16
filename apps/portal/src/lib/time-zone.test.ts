import { describe, expect, it } from 'vitest';
import { formatDate } from './family/labels';
import { dayInZone, timeZoneNames } from './time-zone';

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
