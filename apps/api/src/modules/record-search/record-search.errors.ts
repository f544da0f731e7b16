import { DomainError } from '../../platform/errors/domain-error';

export const RecordSearchErrors = {
  invalidQuery: () => new DomainError('BAD_USER_INPUT', 'Search for 1 to 200 characters.', 'query'),
};
