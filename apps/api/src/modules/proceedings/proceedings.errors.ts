import { DomainError } from '../../platform/errors/domain-error';

export const ProceedingsErrors = {
  invalidTransition: (type: string, kind: string, state: string, accepted: string[]) =>
    new DomainError(
      'INVALID_TRANSITION',
      'EVENT_NOT_ACCEPTED',
      `"${type.slice(0, 60)}" is not an event a ${kind} proceeding (now ${state}) accepts; choose one of ${accepted.join(', ')}.`,
      'type',
    ),
  invalidDate: () =>
    new DomainError('BAD_USER_INPUT', 'DATE_INVALID', 'Enter the date as YYYY-MM-DD.', 'date'),
  futureDate: () =>
    new DomainError(
      'DATE_IN_FUTURE',
      'EVENT_DATE_IN_FUTURE',
      'Only a scheduled meeting or hearing can be recorded with a future date.',
      'date',
    ),
  invalidSchoolDays: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'SCHOOL_DAYS_INVALID',
      'Enter a whole number of school days from 1 to 365.',
      'schoolDays',
      { min: 1, max: 365 },
    ),
  alreadyCorrected: () =>
    new DomainError(
      'EVENT_ALREADY_CORRECTED',
      'EVENT_ALREADY_CORRECTED',
      'This event was already corrected; correct the newer event instead.',
      'eventId',
    ),
  reasonRequired: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'CORRECTION_REASON_REQUIRED',
      'Say why the event is being corrected (up to 500 characters).',
      'reason',
      { max: 500 },
    ),
  invalidFiledBy: () =>
    new DomainError('BAD_USER_INPUT', 'FILED_BY_INVALID', 'Choose parent or district.', 'filedBy'),
};
