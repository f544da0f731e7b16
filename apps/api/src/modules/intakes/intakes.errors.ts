import type { IntakeFieldError } from '@continuum/rules';
import { DomainError } from '../../platform/errors/domain-error';

export const IntakesErrors = {
  familyRequired: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'INTAKE_FAMILY_REQUIRED',
      'Choose the family this intake is for.',
      'familyId',
    ),
  notDraft: () =>
    new DomainError(
      'INTAKE_NOT_DRAFT',
      'INTAKE_NOT_DRAFT',
      'This intake was already submitted; it can no longer be changed.',
      'intakeId',
    ),
  studentNotInFamily: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'INTAKE_STUDENT_NOT_IN_FAMILY',
      'Choose a student of this family.',
      'studentId',
    ),
  /**
   * The first problem, with the question it concerns (`answers.<questionId>`). The
   * questionnaire words its own problems in English and Spanish (packages/rules); both are
   * passed on as `params.en` and `params.es` for the page to pick from.
   */
  invalidAnswers: (
    errors: readonly IntakeFieldError[],
    words: Readonly<Record<'en' | 'es', readonly IntakeFieldError[]>>,
  ) => {
    const first = errors[0]!;
    const said = (lang: 'en' | 'es') =>
      words[lang].find((e) => e.field === first.field)?.message ?? first.message;
    const field =
      first.field === 'version'
        ? 'questionnaireVersion'
        : first.field === 'answers'
          ? 'answers'
          : `answers.${first.field}`;
    return new DomainError('INVALID_ANSWERS', 'INTAKE_ANSWER_INVALID', first.message, field, {
      en: said('en'),
      es: said('es'),
    });
  },
};
