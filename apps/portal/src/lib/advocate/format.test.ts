import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, todayIso } from './format';

describe(formatDay.name, () => {
  it('formats a calendar day without letting a time zone move it', () => {
    expect(formatDay('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatDay('2026-12-31', 'es')).toMatch(/^31 dic 2026$/);
  });

  it('leaves anything that is not a day as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});

describe(formatInstant.name, () => {
  // ICU puts a (narrow) no-break space before the day period: matched with \s.
  it('writes the time in the organization’s zone, naming it', () => {
    expect(formatInstant('2026-03-01T15:04:00Z', 'en', 'UTC')).toMatch(
      /^Mar 1, 2026, 3:04\sPM\sUTC$/,
    );
    // 07:30 UTC on January 21 is 23:30 on January 20 in Los Angeles (PST).
    expect(formatInstant('2026-01-21T07:30:00Z', 'en', 'America/Los_Angeles')).toMatch(
      /^Jan 20, 2026, 11:30\sPM\sPST$/,
    );
  });
});

describe(todayIso.name, () => {
  it('is the calendar day in the organization’s zone', () => {
    const instant = new Date('2026-03-02T04:30:00Z'); // 23:30 EST on March 1
    expect(todayIso('America/New_York', instant)).toBe('2026-03-01');
    expect(todayIso('UTC', instant)).toBe('2026-03-02');
  });
});
