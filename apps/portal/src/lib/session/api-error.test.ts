import { GraphQLRequestError } from '@continuum/graphql-client';
import { describe, expect, it } from 'vitest';
import { API_UNAVAILABLE, describeApiError } from './api-error';

const invalidCredentials = new GraphQLRequestError(
  'That email and password do not match an account.',
  'INVALID_CREDENTIALS',
  [],
  200,
  undefined,
  'INVALID_CREDENTIALS',
);

describe(describeApiError.name, () => {
  it('words the error by its key, in English', () => {
    expect(describeApiError(invalidCredentials, 'en')).toEqual({
      message: 'That email and password do not match an account.',
    });
  });

  it('words the error by its key, in Spanish', () => {
    expect(describeApiError(invalidCredentials, 'es')).toEqual({
      message: 'Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta.',
    });
  });

  it('writes the parameters into the words and ties them to the field the API names', () => {
    const error = new GraphQLRequestError(
      'Enter a whole number of school days from 1 to 365.',
      'BAD_USER_INPUT',
      [],
      200,
      'schoolDays',
      'SCHOOL_DAYS_INVALID',
      { min: 1, max: 365 },
    );
    expect(describeApiError(error, 'es')).toEqual({
      field: 'schoolDays',
      message: 'Escriba un número entero de días escolares de 1 a 365.',
    });
  });

  it('never shows the API’s English for an error without a known key', () => {
    const error = new GraphQLRequestError(
      'Cannot query field "x" on type "Query".',
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(describeApiError(error, 'es')).toEqual({
      message: 'Eso no funcionó. Revise lo que escribió e intente de nuevo.',
    });
    const newer = new GraphQLRequestError('New.', 'BAD_USER_INPUT', [], 200, 'x', 'FROM_LATER');
    expect(describeApiError(newer, 'en').message).not.toBe('New.');
  });

  it('says the service is unreachable, or something went wrong, in the reader’s language', () => {
    expect(describeApiError(new GraphQLRequestError('x', API_UNAVAILABLE), 'es').message).toMatch(
      /Continuum/,
    );
    expect(describeApiError(new Error('boom'), 'en').message).toMatch(/Something went wrong/);
    expect(
      describeApiError(new GraphQLRequestError('x', 'INTERNAL_SERVER_ERROR'), 'en').message,
    ).toMatch(/Something went wrong/);
  });
});
