import { RulesInputError } from '@continuum/rules';
import { DomainError } from '../../platform/errors/domain-error';
import type { ErrorKey } from '../../platform/errors/error-keys';

export const FamiliesErrors = {
  nameRequired: (field = 'name') =>
    new DomainError(
      'BAD_USER_INPUT',
      'NAME_INVALID',
      'Enter a name of 1 to 200 characters.',
      field,
      { max: 200 },
    ),
  /** Answered like any unknown id: a user of another organization must stay invisible. */
  parentNotFound: (field = 'parentUserIds') =>
    new DomainError(
      'NOT_FOUND',
      'NOT_FOUND_PARENT',
      'That parent was not found: link parents who are members of this organization with the PARENT role.',
      field,
    ),
  invalidDate: (field: string) =>
    new DomainError(
      'BAD_USER_INPUT',
      'DATE_INVALID_OR_FUTURE',
      'Enter a date as YYYY-MM-DD, not in the future.',
      field,
    ),
  invalidState: (field = 'state') =>
    new DomainError(
      'BAD_USER_INPUT',
      'STATE_CODE_INVALID',
      'Enter a two-letter US state code such as CA, NC or TX.',
      field,
    ),
  phoneInvalid: (field = 'phone') =>
    new DomainError(
      'BAD_USER_INPUT',
      'PHONE_INVALID',
      'Enter a phone number with 7 to 15 digits, such as (555) 201-3344.',
      field,
    ),
  emailInvalid: (field = 'email') =>
    new DomainError(
      'BAD_USER_INPUT',
      'EMAIL_INVALID',
      'Enter an email address such as name@example.com.',
      field,
    ),
  tooLong: (field: string, max: number) =>
    new DomainError('BAD_USER_INPUT', 'TEXT_TOO_LONG', `Enter at most ${max} characters.`, field, {
      max,
    }),
  tooMany: (field: string, max: number) =>
    new DomainError(
      'BAD_USER_INPUT',
      'LIST_TOO_LONG',
      `Choose at most ${max} entries of up to 100 characters each.`,
      field,
      { max, length: 100 },
    ),
};

/**
 * What the rules package refused, as a key: the field it names says most (a date, a state),
 * its message the rest. The rules' own messages are English for the CLI; the portal words the
 * key instead. A refusal this does not recognise is RULES_INPUT_INVALID, still tied to its field.
 */
export function rulesInputKey(error: RulesInputError): ErrorKey {
  const field = error.field.replace(/\[\d+\]/g, '');
  // The message is `<field>: <why> (got <value>)`; only the why says what was wrong.
  const why = error.message.slice(error.field.length + 2).replace(/ \(got .*\)$/, '');
  if (/unknown proceeding kind/.test(why)) return 'RULES_KIND_UNKNOWN';
  if (/not an event of/.test(why)) return 'RULES_EVENT_NOT_ACCEPTED';
  if (/school days/.test(why)) return 'RULES_SCHOOL_DAYS_INVALID';
  if (/state code/.test(why)) return 'RULES_STATE_UNKNOWN';
  if (/firstDay|lastDay|nonSchoolDays|schoolDays\}|calendar may span/.test(why))
    return 'RULES_CALENDAR_INVALID';
  if (/date|year must|month must|no such day/.test(why) || /(date|Day|Days)$/.test(field))
    return 'RULES_DATE_INVALID';
  if (/"en" or "es"/.test(why)) return 'RULES_LANGUAGE_INVALID';
  if (field === 'template') return 'RULES_TEMPLATE_UNKNOWN';
  if (/is required|must not be empty/.test(why)) return 'RULES_VALUE_REQUIRED';
  if (/at most \d+ characters/.test(why)) return 'RULES_TEXT_TOO_LONG';
  return 'RULES_INPUT_INVALID';
}

/**
 * Runs rules-package validation and turns its RulesInputError into a DomainError naming the
 * API's field (`field` maps the rules' field names onto the input's), with a key for what
 * was wrong (`rulesInputKey`) and the rules' English message for API clients.
 */
export function withRulesInput<T>(work: () => T, field: (rulesField: string) => string): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RulesInputError) {
      const max = /at most (\d+) characters/.exec(error.message)?.[1];
      throw new DomainError(
        'BAD_USER_INPUT',
        rulesInputKey(error),
        error.message,
        field(error.field),
        max ? { max: Number(max) } : {},
      );
    }
    throw error;
  }
}
