import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../context/request-context';
import type { GraphQLContext } from '../graphql/graphql-context';

export function requestContextOf(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().ctx;
  }
  return context.switchToHttp().getRequest<{ continuum: RequestContext }>().continuum;
}

/** The request's context, passed first to every service method. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext) =>
  requestContextOf(context),
);
