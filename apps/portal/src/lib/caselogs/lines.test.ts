import { describe, expect, it } from 'vitest';
import { lines } from './lines';

describe('lines', () => {
  it('keeps one entry per non-blank line, trimmed, in order', () => {
    expect(lines('  Ms. Park, teacher \r\n\nMaría González\n   \n')).toEqual([
      'Ms. Park, teacher',
      'María González',
    ]);
  });

  it('is empty for an empty answer', () => {
    expect(lines('')).toEqual([]);
  });
});
