import { CommonErrors, DomainError, requireUuid } from '../../platform/errors/domain-error';

export const CaseLogsErrors = {
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
