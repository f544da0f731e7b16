import { GraphQLError } from 'graphql';
import { DomainError } from '../errors/domain-error';
import { formatGraphQLError, INTERNAL_MESSAGE } from './format-error';

function format(error: unknown, extensions: Record<string, unknown> = {}) {
  const reported: unknown[] = [];
  const message = error instanceof Error ? error.message : 'x';
  const formatted = formatGraphQLError({ message, extensions }, error, (e) => reported.push(e));
  return { formatted, reported };
}

describe(formatGraphQLError.name, () => {
  it('passes a domain error through with its code, key, parameters and field', () => {
    const { formatted, reported } = format(
      new DomainError(
        'BAD_USER_INPUT',
        'PASSWORD_TOO_SHORT',
        'Choose a longer password.',
        'password',
        {
          min: 12,
        },
      ),
    );
    expect(formatted).toEqual({
      message: 'Choose a longer password.',
      extensions: {
        code: 'BAD_USER_INPUT',
        key: 'PASSWORD_TOO_SHORT',
        params: { min: 12 },
        field: 'password',
      },
    });
    expect(reported).toEqual([]);
  });

  it('finds a domain error wrapped by a resolver', () => {
    const wrapped = new GraphQLError('wrapped', {
      path: ['case'],
      originalError: new DomainError('NOT_FOUND', 'NOT_FOUND_CASE', 'That case was not found.'),
    });
    expect(format(wrapped).formatted.extensions).toEqual({
      code: 'NOT_FOUND',
      key: 'NOT_FOUND_CASE',
      params: {},
    });
  });

  it('finds a domain error a plugin threw before execution (wrapped without a path)', () => {
    const wrapped = new GraphQLError('refused', {
      originalError: new DomainError('BAD_USER_INPUT', 'DATE_INVALID', 'Not a day.', 'heldOn'),
    });
    expect(format(wrapped).formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      key: 'DATE_INVALID',
      params: {},
      field: 'heldOn',
    });
  });

  it('answers a value PostgreSQL cannot store as a client mistake, and reports it', () => {
    const failed = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      driverError: { code: '22021' },
    });
    const { formatted, reported } = format(failed);
    expect(formatted.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'TEXT_CONTROL_CHARACTER',
    });
    expect(formatted.message).not.toMatch(/UTF8/);
    expect(reported).toHaveLength(1);
  });

  it('hides anything unexpected behind a generic message, and reports it', () => {
    const { formatted, reported } = format(new Error('relation "secret_table" does not exist'));
    expect(formatted).toEqual({
      message: INTERNAL_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(reported).toHaveLength(1);
  });

  it('keeps the safe message of a client mistake', () => {
    const { formatted } = format(new Error('Cannot query field "x" on type "Query".'), {
      code: 'GRAPHQL_VALIDATION_FAILED',
      stacktrace: ['at ...'],
    });
    expect(formatted).toEqual({
      message: 'Cannot query field "x" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
