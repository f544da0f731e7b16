import type { IntakeFieldError } from '@continuum/rules';
import { DomainError } from '../../platform/errors/domain-error';

export const IntakesErrors = {
  familyRequired: () =>
    new DomainError('BAD_USER_INPUT', 'Choose the family this intake is for.', 'familyId'),
  notDraft: () =>
    new DomainError(
      'INTAKE_NOT_DRAFT',
      'This intake was already submitted; it can no longer be changed.',
      'intakeId',
    ),
  studentNotInFamily: () =>
    new DomainError('BAD_USER_INPUT', 'Choose a student of this family.', 'studentId'),
  /** The first problem, with the question it concerns (`answers.<questionId>`). */
  invalidAnswers: (errors: readonly IntakeFieldError[]) => {
    const first = errors[0]!;
    const field =
      first.field === 'version'
        ? 'questionnaireVersion'
        : first.field === 'answers'
          ? 'answers'
          : `answers.${first.field}`;
    return new DomainError('INVALID_ANSWERS', first.message, field);
  },
};
