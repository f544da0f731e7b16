import { DomainError } from '../errors/domain-error';
import { canonicalTimeZone, dateInZone, requireTimeZone } from './time-zone';

describe('time zones', () => {
  it.each([
    ['America/Los_Angeles', 'America/Los_Angeles'],
    ['america/new_york', 'America/New_York'],
    ['UTC', 'UTC'],
    ['Pacific/Honolulu', 'Pacific/Honolulu'],
  ])('knows %s as %s', (given, canonical) => {
    expect(canonicalTimeZone(given)).toBe(canonical);
  });

  it.each([
    '',
    'Pacific Standard Time',
    '+05:00',
    'Mars/Olympus_Mons',
    'America/../etc',
    'x'.repeat(65),
  ])('refuses %j', (given) => {
    expect(canonicalTimeZone(given)).toBeNull();
  });

  it('names the field when a zone is refused', () => {
    expect(() => requireTimeZone('PST8PDT-ish')).toThrow(DomainError);
    try {
      requireTimeZone('Nowhere/Special');
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_TIME_ZONE', field: 'timeZone' });
    }
  });

  it.each([
    // 23:30 on March 17 in Los Angeles (PDT, UTC-7) is 06:30 UTC on March 18.
    ['2026-03-18T06:30:00Z', 'America/Los_Angeles', '2026-03-17'],
    ['2026-03-18T07:00:00Z', 'America/Los_Angeles', '2026-03-18'],
    // 23:30 on January 20 in Los Angeles (PST, UTC-8) is 07:30 UTC on January 21.
    ['2026-01-21T07:30:00Z', 'America/Los_Angeles', '2026-01-20'],
    ['2026-01-21T08:00:00Z', 'America/Los_Angeles', '2026-01-21'],
    ['2026-01-21T04:59:59Z', 'America/New_York', '2026-01-20'],
    ['2026-01-21T05:00:00Z', 'America/New_York', '2026-01-21'],
    ['2026-01-21T05:00:00Z', 'UTC', '2026-01-21'],
    // Kolkata is UTC+5:30: a zone a whole-hour schedule would miss.
    ['2026-01-20T18:29:00Z', 'Asia/Kolkata', '2026-01-20'],
    ['2026-01-20T18:30:00Z', 'Asia/Kolkata', '2026-01-21'],
  ])('%s falls on the date in %s: %s', (instant, zone, date) => {
    expect(dateInZone(new Date(instant), zone)).toBe(date);
  });
});
