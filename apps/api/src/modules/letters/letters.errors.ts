import { DomainError, type ErrorParams } from '../../platform/errors/domain-error';
import type { ErrorKey } from '../../platform/errors/error-keys';

export const LettersErrors = {
  invalid: (field: string, key: ErrorKey, message: string, params: ErrorParams = {}) =>
    new DomainError('BAD_USER_INPUT', key, message, field, params),
  changed: (current: number) =>
    new DomainError(
      'LETTER_CHANGED',
      'LETTER_CHANGED',
      `Someone saved version ${current} of this letter since you opened it; reload it and make your changes again.`,
      'baseVersion',
      { version: current },
    ),
  finalLetter: () =>
    new DomainError(
      'LETTER_FINAL',
      'LETTER_FINAL',
      'This letter is final and shared with the family; mark it as a draft again to change it.',
      'letterId',
    ),
  deleteFinal: () =>
    new DomainError(
      'LETTER_FINAL',
      'LETTER_DELETE_FINAL',
      'A final letter may already have been sent, so it is kept; only drafts can be deleted.',
      'letterId',
    ),
  unknownVersion: (field = 'version') =>
    new DomainError(
      'NOT_FOUND',
      'NOT_FOUND_LETTER_VERSION',
      'That version of the letter was not found.',
      field,
    ),
};
