import { DomainError } from '../../platform/errors/domain-error';

export const CasesErrors = {
  intakeNotSubmitted: () =>
    new DomainError(
      'INTAKE_NOT_SUBMITTED',
      'INTAKE_NOT_SUBMITTED',
      'Only a submitted intake that has no case yet can be turned into a case.',
      'intakeId',
    ),
  studentRequired: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'CASE_STUDENT_REQUIRED',
      'Choose which of the family’s students this case is for.',
      'studentId',
    ),
  notAnAdvocate: () =>
    new DomainError(
      'NOT_AN_ADVOCATE',
      'NOT_AN_ADVOCATE',
      'Only advocates and org admins of this organization can be assigned to a case.',
      'advocateUserIds',
    ),
  outcomeRequired: () =>
    new DomainError(
      'OUTCOME_REQUIRED',
      'OUTCOME_REQUIRED',
      'Say how the case ended before marking it resolved or closed.',
      'outcome',
    ),
  invalidStage: (stages: readonly string[]) =>
    new DomainError(
      'BAD_USER_INPUT',
      'CASE_STAGE_INVALID',
      `Choose a stage: ${stages.join(', ')}.`,
      'stage',
    ),
  invalidIssue: (issues: readonly string[]) =>
    new DomainError(
      'BAD_USER_INPUT',
      'CASE_ISSUE_INVALID',
      `Choose issues among: ${issues.join(', ')}.`,
      'issueCategories',
    ),
  invalidCursor: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'PAGE_CURSOR_INVALID',
      'That page cursor is not valid; start from the first page.',
      'after',
    ),
  invalidPageSize: (max: number) =>
    new DomainError(
      'BAD_USER_INPUT',
      'PAGE_SIZE_INVALID',
      `Ask for 1 to ${max} cases at a time.`,
      'first',
      { max },
    ),
};
