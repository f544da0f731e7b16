import { DomainError } from '../../platform/errors/domain-error';

export const LettersErrors = {
  invalid: (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field),
  changed: (current: number) =>
    new DomainError(
      'LETTER_CHANGED',
      `Someone saved version ${current} of this letter since you opened it; reload it and make your changes again.`,
      'baseVersion',
    ),
  finalLetter: () =>
    new DomainError(
      'LETTER_FINAL',
      'This letter is final and shared with the family; mark it as a draft again to change it.',
      'letterId',
    ),
  deleteFinal: () =>
    new DomainError(
      'LETTER_FINAL',
      'A final letter may already have been sent, so it is kept; only drafts can be deleted.',
      'letterId',
    ),
  unknownVersion: (field = 'version') =>
    new DomainError('NOT_FOUND', 'That version of the letter was not found.', field),
};
