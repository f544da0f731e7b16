import { describe, expect, it } from 'vitest';
import { olderEventsSearch, readAuditQuery } from './audit-filter';

describe(readAuditQuery.name, () => {
  it('turns the address into the API filter, both days included', () => {
    const params = new URLSearchParams(
      'action=auth.sign_in&actor=u-1&subject=User&from=2026-03-01&to=2026-03-31&after=abc',
    );
    const query = readAuditQuery(params, 'en');
    expect(query.filter).toEqual({
      actions: ['auth.sign_in'],
      actorUserId: 'u-1',
      subjectType: 'User',
      from: '2026-03-01T00:00:00.000Z',
      // The API's `to` is exclusive: the start of the day after.
      to: '2026-04-01T00:00:00.000Z',
    });
    expect(query.after).toBe('abc');
    expect(query.errors).toEqual([]);
  });

  it('counts whole days in the organization’s time zone', () => {
    const params = new URLSearchParams('from=2026-03-01&to=2026-03-08');
    const query = readAuditQuery(params, 'en', 'America/Los_Angeles');
    // Midnight in Los Angeles is 08:00 UTC in winter (PST); March 9 has begun on daylight
    // time (PDT, UTC-7), which starts March 8.
    expect(query.filter).toEqual({
      from: '2026-03-01T08:00:00.000Z',
      to: '2026-03-09T07:00:00.000Z',
    });
  });

  it('asks for nothing when the address has no filters', () => {
    const query = readAuditQuery(new URLSearchParams(''), 'en');
    expect(query.filter).toEqual({});
    expect(query.after).toBeNull();
    expect(query.values).toEqual({ action: '', actor: '', subject: '', from: '', to: '' });
  });

  it('names the field of a day that is not a date, and leaves it out', () => {
    const query = readAuditQuery(new URLSearchParams('from=2026-02-30&to=soon'), 'en');
    expect(query.errors).toEqual([
      { field: 'from', message: 'Enter a date, for example 2026-03-15.' },
      { field: 'to', message: 'Enter a date, for example 2026-03-15.' },
    ]);
    expect(query.filter).toEqual({});
  });

  it('refuses a range that ends before it starts, in the reader’s language', () => {
    const query = readAuditQuery(new URLSearchParams('from=2026-03-10&to=2026-03-01'), 'es');
    expect(query.errors).toEqual([
      { field: 'to', message: 'La fecha final debe ser igual o posterior a la fecha inicial.' },
    ]);
    expect(query.filter).toEqual({});
  });
});

describe(olderEventsSearch.name, () => {
  it('keeps the filters that are set and adds the cursor', () => {
    const values = { action: 'auth.sign_in', actor: '', subject: '', from: '2026-03-01', to: '' };
    expect(olderEventsSearch(values, 'c/1=')).toBe(
      '?action=auth.sign_in&from=2026-03-01&after=c%2F1%3D',
    );
  });
});
