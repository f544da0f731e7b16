import { CommonErrors, DomainError, requireUuid } from '../../platform/errors/domain-error';

export const CaseLogsErrors = {
  invalidDate: (field: string) =>
    new DomainError('BAD_USER_INPUT', 'Enter the date as YYYY-MM-DD.', field),
  futureDate: (field: string) =>
    new DomainError('DATE_IN_FUTURE', 'This date cannot be after today.', field),
  endBeforeStart: () =>
    new DomainError('BAD_USER_INPUT', 'The end date cannot be before the start date.', 'endDate'),
  sessionOutsideService: () =>
    new DomainError(
      'SESSION_OUTSIDE_SERVICE',
      'The session’s date must fall between the service’s start and end dates.',
      'date',
    ),
  reasonRequired: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'Say why the session was missed (up to 500 characters).',
      'reason',
    ),
  invalidAssignee: () =>
    new DomainError(
      'INVALID_ASSIGNEE',
      'Assign the task to an org admin, an advocate working this case, or a parent of this family.',
      'assigneeUserId',
    ),
  unknownDocuments: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'Link documents of this case that you can open; one or more were not found.',
      'documentIds',
    ),
  emptySearch: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'Enter one or more words to search for (up to 200 characters).',
      'query',
    ),
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real calendar date as YYYY-MM-DD, and not after `notAfter` when given (the
 * organization's today, from the clock).
 */
export function requireDate(value: string, field: string, notAfter?: string): string {
  const parsed = ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    throw CaseLogsErrors.invalidDate(field);
  if (notAfter !== undefined && value > notAfter) throw CaseLogsErrors.futureDate(field);
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
    throw CommonErrors.invalidInput(
      field,
      min > 0
        ? `Enter ${field} (1 to ${max} characters).`
        : `Keep ${field} to ${max} characters or fewer.`,
    );
  return text;
}

/** A short list of names (attendees, parties): trimmed, blanks dropped. */
export function requireNames(values: string[] | null | undefined, field: string): string[] {
  const names = (values ?? []).map((v) => v.trim()).filter(Boolean);
  if (names.length > 50 || names.some((n) => n.length > 200))
    throw CommonErrors.invalidInput(field, `List at most 50 ${field}, each up to 200 characters.`);
  return names;
}

/** Document ids, as ids; case-log-documents.ts then checks each is a readable document of the case. */
export function requireDocumentIds(values: string[] | null | undefined): string[] {
  const ids = [...new Set((values ?? []).map((v) => requireUuid(v, 'documentIds')))];
  if (ids.length > 50) throw CommonErrors.invalidInput('documentIds', 'Link at most 50 documents.');
  return ids;
}

export function requireMinutes(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw CommonErrors.invalidInput(field, `Enter whole minutes from ${min} to ${max}.`);
  return value;
}

export function requireOneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  field: string,
): T {
  if (!(allowed as readonly string[]).includes(value))
    throw CommonErrors.invalidInput(field, `Choose one of ${allowed.join(', ')}.`);
  return value as T;
}
