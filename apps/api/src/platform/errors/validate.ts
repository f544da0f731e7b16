import { CommonErrors, DomainError } from './domain-error';

/**
 * The checks every input goes through, each naming its field in the error it throws (the
 * portal words the key in the reader's language). requireUuid is beside CommonErrors.
 */
export const InputErrors = {
  invalidDate: (field: string) =>
    new DomainError('BAD_USER_INPUT', 'DATE_INVALID', 'Enter the date as YYYY-MM-DD.', field),
  futureDate: (field: string) =>
    new DomainError('DATE_IN_FUTURE', 'DATE_IN_FUTURE', 'This date cannot be after today.', field),
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real calendar date as YYYY-MM-DD, and not after `notAfter` when given (the
 * organization's today, from the clock).
 */
export function requireDate(value: string, field: string, notAfter?: string): string {
  const parsed = ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    throw InputErrors.invalidDate(field);
  if (notAfter !== undefined && value > notAfter) throw InputErrors.futureDate(field);
  return value;
}

/** Trimmed text, at most `max` characters; `min` 1 makes it required. */
export function requireText(
  value: string | null | undefined,
  field: string,
  max: number,
  min = 0,
): string {
  const text = value?.trim() ?? '';
  if (text.length < min || text.length > max)
    throw min > 0
      ? CommonErrors.invalidInput(
          field,
          'TEXT_REQUIRED',
          `Enter ${field} (1 to ${max} characters).`,
          {
            max,
          },
        )
      : CommonErrors.invalidInput(
          field,
          'TEXT_TOO_LONG',
          `Keep ${field} to ${max} characters or fewer.`,
          { max },
        );
  return text;
}

/** A short list of names (attendees, parties): trimmed, blanks dropped. */
export function requireNames(values: string[] | null | undefined, field: string): string[] {
  const names = (values ?? []).map((v) => v.trim()).filter(Boolean);
  if (names.length > 50 || names.some((n) => n.length > 200))
    throw CommonErrors.invalidInput(
      field,
      'NAMES_INVALID',
      `List at most 50 ${field}, each up to 200 characters.`,
      { max: 50, length: 200 },
    );
  return names;
}

export function requireMinutes(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw CommonErrors.invalidInput(
      field,
      'MINUTES_INVALID',
      `Enter whole minutes from ${min} to ${max}.`,
      { min, max },
    );
  return value;
}

export function requireOneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  field: string,
): T {
  if (!(allowed as readonly string[]).includes(value))
    throw CommonErrors.invalidInput(
      field,
      'CHOICE_INVALID',
      `Choose one of ${allowed.join(', ')}.`,
    );
  return value as T;
}
