import { describe, expect, it } from 'vitest';
import { formatInstant } from './format-date';

describe(formatInstant.name, () => {
  const instant = '2026-03-15T18:05:00.000Z';

  it('writes a date and time in the reader’s language, naming the zone', () => {
    // ICU puts a (narrow) no-break space before the day period: matched with \s.
    expect(formatInstant(instant, 'en', 'dateTime', 'UTC')).toMatch(
      /^Mar 15, 2026, 6:05\sPM\sUTC$/,
    );
    expect(formatInstant(instant, 'es', 'dateTime', 'UTC')).toMatch(
      /^15 mar 2026, 6:05\sp\.\s?m\.\sUTC$/,
    );
  });

  it('moves to the reader’s zone once it is known', () => {
    expect(formatInstant(instant, 'en', 'dateTime', 'America/Chicago')).toMatch(
      /^Mar 15, 2026, 1:05\sPM\sCDT$/,
    );
  });

  it('writes a day without a time, and leaves something that is not a date as it is', () => {
    expect(formatInstant(instant, 'en', 'date')).toBe('Mar 15, 2026');
    expect(formatInstant('soon', 'en', 'date')).toBe('soon');
  });
});
