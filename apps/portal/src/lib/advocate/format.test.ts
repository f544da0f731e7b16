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
  it('says the time is UTC', () => {
    expect(formatInstant('2026-03-01T15:04:00Z', 'en')).toBe('Mar 1, 2026, 3:04 PM UTC');
  });
});

describe(todayIso.name, () => {
  it('is the UTC calendar day', () => {
    expect(todayIso(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
  });
});
