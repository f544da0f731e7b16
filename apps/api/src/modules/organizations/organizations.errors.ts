import { CommonErrors, DomainError } from '../../platform/errors/domain-error';

export const SLUG_MIN = 3;
export const SLUG_MAX = 60;

/** The public page's refusals, each naming the field of `UpdateOrganizationPublicPageInput`. */
export const OrganizationsErrors = {
  slugInvalid: () =>
    CommonErrors.invalidInput(
      'slug',
      'PUBLIC_PAGE_SLUG_INVALID',
      `Choose an address of ${SLUG_MIN} to ${SLUG_MAX} lower-case letters and digits, words joined by dashes, such as riverside-parents.`,
      { min: SLUG_MIN, max: SLUG_MAX },
    ),
  /** Another organization has it; which one is not said. */
  slugTaken: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'PUBLIC_PAGE_SLUG_TAKEN',
      'That address is already used by another organization. Choose another.',
      'slug',
    ),
  slugRequired: () =>
    CommonErrors.invalidInput(
      'slug',
      'PUBLIC_PAGE_SLUG_REQUIRED',
      'Choose the page address before you publish the page.',
    ),
  stateInvalid: () =>
    CommonErrors.invalidInput(
      'statesServed',
      'STATE_CODE_INVALID',
      'Enter two-letter US state codes such as CA, NC or TX.',
    ),
  languageInvalid: () =>
    CommonErrors.invalidInput(
      'languages',
      'PUBLIC_PAGE_LANGUAGE_INVALID',
      'Enter languages by their two-letter code, such as en for English or es for Spanish.',
    ),
  languagesRequired: () =>
    CommonErrors.invalidInput(
      'languages',
      'PUBLIC_PAGE_LANGUAGES_REQUIRED',
      'Choose at least one language your staff speak with families.',
    ),
  emailInvalid: () =>
    CommonErrors.invalidInput(
      'contactEmail',
      'EMAIL_INVALID',
      'Enter an email address like name@example.org.',
    ),
  phoneInvalid: () =>
    CommonErrors.invalidInput(
      'contactPhone',
      'PUBLIC_PAGE_PHONE_INVALID',
      'Enter a phone number of digits, spaces, dashes, dots or parentheses, such as (555) 010-2400.',
    ),
  websiteInvalid: () =>
    CommonErrors.invalidInput(
      'website',
      'PUBLIC_PAGE_WEBSITE_INVALID',
      'Enter a website address that starts with https://.',
    ),
  colorInvalid: () =>
    CommonErrors.invalidInput(
      'brandColor',
      'PUBLIC_PAGE_COLOR_INVALID',
      'Enter a color as # and six hex digits, such as #1f5f8b.',
    ),
  tooLong: (field: string, max: number) =>
    CommonErrors.invalidInput(field, 'TEXT_TOO_LONG', `Enter at most ${max} characters.`, { max }),
  tooMany: (field: string, max: number, length: number) =>
    CommonErrors.invalidInput(
      field,
      'LIST_TOO_LONG',
      `Choose at most ${max} entries of up to ${length} characters each.`,
      { max, length },
    ),
  reminderDaysInvalid: () =>
    CommonErrors.invalidInput(
      'deadlineReminderDays',
      'REMINDER_DAYS_INVALID',
      'Enter a whole number of days from 0 to 60.',
      { min: 0, max: 60 },
    ),
};
