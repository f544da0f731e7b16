import { RulesInputError } from '@continuum/rules';
import { DomainError } from '../../platform/errors/domain-error';

export const FamiliesErrors = {
  nameRequired: (field = 'name') =>
    new DomainError('BAD_USER_INPUT', 'Enter a name of 1 to 200 characters.', field),
  /** Answered like any unknown id: a user of another organization must stay invisible. */
  parentNotFound: (field = 'parentUserIds') =>
    new DomainError(
      'NOT_FOUND',
      'That parent was not found: link parents who are members of this organization with the PARENT role.',
      field,
    ),
  invalidDate: (field: string) =>
    new DomainError('BAD_USER_INPUT', 'Enter a date as YYYY-MM-DD, not in the future.', field),
  invalidState: (field = 'state') =>
    new DomainError(
      'BAD_USER_INPUT',
      'Enter a two-letter US state code such as CA, NC or TX.',
      field,
    ),
  tooLong: (field: string, max: number) =>
    new DomainError('BAD_USER_INPUT', `Enter at most ${max} characters.`, field),
  tooMany: (field: string, max: number) =>
    new DomainError(
      'BAD_USER_INPUT',
      `Choose at most ${max} entries of up to 100 characters each.`,
      field,
    ),
};

/**
 * Runs rules-package validation and turns its RulesInputError into a DomainError naming the
 * API's field (`prefix` maps the rules' field names onto the input's).
 */
export function withRulesInput<T>(work: () => T, field: (rulesField: string) => string): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RulesInputError) {
      throw new DomainError('BAD_USER_INPUT', error.message, field(error.field));
    }
    throw error;
  }
}
