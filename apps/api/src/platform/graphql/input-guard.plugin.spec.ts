import { inputTextProblem } from './input-guard.plugin';

describe(inputTextProblem.name, () => {
  it.each([
    ['plain text', 'Speech twice a week'],
    ['accents and an emoji (a surrogate pair)', 'Evaluación 📄'],
    ['a real day', '2026-03-15'],
    ['the leap day of a leap year', '2024-02-29'],
    ['the leap day of 2000 (divisible by 400)', '2000-02-29'],
    ['year 1', '0001-01-01'],
    ['a date-time on a real day', '2026-03-15T10:00:00.000Z'],
    ['a date inside other text', 'met on 2026-02-30 (typo)'],
  ])('accepts %s', (_name, value) => {
    expect(inputTextProblem(value, 'field')).toBeNull();
  });

  it.each([
    ['a NUL character', 'a\u0000b', 'TEXT_CONTROL_CHARACTER'],
    ['a lone high surrogate', 'a\ud800b', 'TEXT_BROKEN_CHARACTER'],
    ['a lone low surrogate', '\udc00', 'TEXT_BROKEN_CHARACTER'],
    ['year 0', '0000-01-01', 'DATE_INVALID'],
    ['February 30', '2026-02-30', 'DATE_INVALID'],
    ['the leap day of a common year', '2026-02-29', 'DATE_INVALID'],
    ['the leap day of 1900 (divisible by 100)', '1900-02-29', 'DATE_INVALID'],
    ['month 13', '2026-13-01', 'DATE_INVALID'],
    ['day 0', '2026-01-00', 'DATE_INVALID'],
    ['a date-time on no day', '2026-04-31T00:00:00Z', 'DATE_INVALID'],
  ])('refuses %s, naming the field', (_name, value, key) => {
    expect(inputTextProblem(value, 'heldOn')).toMatchObject({
      code: 'BAD_USER_INPUT',
      key,
      field: 'heldOn',
    });
  });
});
