import { CommonErrors, DomainError, requireUuid } from '../../platform/errors/domain-error';

export const CaseLogsErrors = {
  invalidDate: (field: string) =>
    new DomainError('BAD_USER_INPUT', 'DATE_INVALID', 'Enter the date as YYYY-MM-DD.', field),
  futureDate: (field: string) =>
    new DomainError('DATE_IN_FUTURE', 'DATE_IN_FUTURE', 'This date cannot be after today.', field),
  endBeforeStart: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'END_BEFORE_START',
      'The end date cannot be before the start date.',
      'endDate',
    ),
  sessionOutsideService: () =>
    new DomainError(
      'SESSION_OUTSIDE_SERVICE',
      'SESSION_OUTSIDE_SERVICE',
      'The session’s date must fall between the service’s start and end dates.',
      'date',
    ),
  reasonRequired: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'SESSION_REASON_REQUIRED',
      'Say why the session was missed (up to 500 characters).',
      'reason',
      { max: 500 },
    ),
  invalidAssignee: () =>
    new DomainError(
      'INVALID_ASSIGNEE',
      'TASK_ASSIGNEE_INVALID',
      'Assign the task to an org admin, an advocate working this case, or a parent of this family.',
      'assigneeUserId',
    ),
  unknownDocuments: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'DOCUMENTS_NOT_LINKABLE',
      'Link documents of this case that you can open; one or more were not found.',
      'documentIds',
    ),
  emptySearch: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'SEARCH_QUERY_INVALID',
      'Enter one or more words to search for (up to 200 characters).',
      'query',
      { max: 200 },
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

/** Document ids, as ids; case-log-documents.ts then checks each is a readable document of the case. */
export function requireDocumentIds(values: string[] | null | undefined): string[] {
  const ids = [...new Set((values ?? []).map((v) => requireUuid(v, 'documentIds')))];
  if (ids.length > 50)
    throw CommonErrors.invalidInput(
      'documentIds',
      'DOCUMENTS_TOO_MANY',
      'Link at most 50 documents.',
      {
        max: 50,
      },
    );
  return ids;
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
