import { DomainError } from '../../platform/errors/domain-error';

export const ProceedingsErrors = {
  invalidTransition: (type: string, kind: string, state: string, accepted: string[]) =>
    new DomainError(
      'INVALID_TRANSITION',
      `"${type.slice(0, 60)}" is not an event a ${kind} proceeding (now ${state}) accepts; choose one of ${accepted.join(', ')}.`,
      'type',
    ),
  invalidDate: () => new DomainError('BAD_USER_INPUT', 'Enter the date as YYYY-MM-DD.', 'date'),
  futureDate: () =>
    new DomainError(
      'DATE_IN_FUTURE',
      'Only a scheduled meeting or hearing can be recorded with a future date.',
      'date',
    ),
  invalidSchoolDays: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'Enter a whole number of school days from 1 to 365.',
      'schoolDays',
    ),
  alreadyCorrected: () =>
    new DomainError(
      'EVENT_ALREADY_CORRECTED',
      'This event was already corrected; correct the newer event instead.',
      'eventId',
    ),
  reasonRequired: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'Say why the event is being corrected (up to 500 characters).',
      'reason',
    ),
  invalidFiledBy: () => new DomainError('BAD_USER_INPUT', 'Choose parent or district.', 'filedBy'),
};
