import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands a resolver's error to Apollo untouched, unlogged. Nest's default filter for resolvers
 * logs every error thrown in one at error level: each "not found" and "forbidden" a user
 * meets, and the work stopped after a client went away, as faults that did not happen.
 * format-error.ts decides what a client sees and reports what is unexpected, once. Anything
 * that is not GraphQL keeps Nest's default handling (REST routes bring their own filter).
 */
@Catch()
export class ResolverErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    return super.catch(exception, host);
  }
}
