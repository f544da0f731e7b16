import { GraphQLRequestError } from '@continuum/graphql-client';
import { describe, expect, it } from 'vitest';
import { API_UNAVAILABLE, describeApiError } from './api-error';

const invalidCredentials = new GraphQLRequestError(
  'That email and password do not match an account.',
  'INVALID_CREDENTIALS',
);

describe(describeApiError.name, () => {
  it("shows the API's own message in English", () => {
    expect(describeApiError(invalidCredentials, 'en')).toEqual({
      message: 'That email and password do not match an account.',
    });
  });

  it('translates a known code for a Spanish reader', () => {
    expect(describeApiError(invalidCredentials, 'es')).toEqual({
      message: 'Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta.',
    });
  });

  it("falls back to the API's message for a code without a translation", () => {
    const error = new GraphQLRequestError('Try again in 15 minutes.', 'TOO_MANY_ATTEMPTS');
    expect(describeApiError(error, 'es')).toEqual({ message: 'Try again in 15 minutes.' });
  });

  it('ties an input error to the field the API names', () => {
    const error = new GraphQLRequestError(
      'Enter your email address.',
      'BAD_USER_INPUT',
      [],
      200,
      'email',
    );
    expect(describeApiError(error, 'en')).toEqual({
      field: 'email',
      message: 'Enter your email address.',
    });
  });

  it.each(['NETWORK_ERROR', 'BAD_RESPONSE', API_UNAVAILABLE])(
    'words %s as a connection problem, never as a technical message',
    (code) => {
      const error = new GraphQLRequestError('fetch failed', code);
      expect(describeApiError(error, 'en')).toEqual({
        message: "We couldn't reach Continuum. Check your connection and try again.",
      });
    },
  );

  it('never shows an unexpected exception', () => {
    expect(describeApiError(new TypeError('x is undefined'), 'en')).toEqual({
      message: 'Something went wrong on our side. Nothing was saved; please try again.',
    });
  });
});
