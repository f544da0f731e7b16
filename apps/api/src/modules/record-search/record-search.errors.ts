import { DomainError } from '../../platform/errors/domain-error';

export const RecordSearchErrors = {
  invalidQuery: () =>
    new DomainError(
      'BAD_USER_INPUT',
      'SEARCH_QUERY_INVALID',
      'Search for 1 to 200 characters.',
      'query',
      { max: 200 },
    ),
};
