import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { UnitOfWork } from '../database/unit-of-work';
import { INTERNAL_MESSAGE } from './format-error';
import type { GraphQLContext } from './graphql-context';

/**
 * Ends each GraphQL request's transaction before the response is sent: commit when the
 * operation succeeded, roll back when any error was reported, so nothing is half-saved. The
 * request ends there: nothing else runs in it.
 */
export function unitOfWorkPlugin(
  unitOfWork: UnitOfWork,
  report: (error: unknown) => void,
): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ contextValue, response }) {
          const body = response.body;
          const failed =
            body.kind === 'single' ? (body.singleResult.errors?.length ?? 0) > 0 : true;
          try {
            // A resolver left running (a sibling of a failed non-null field) must not start
            // a new transaction once this one is over.
            await unitOfWork.end(contextValue.ctx, failed ? 'rollback' : 'commit', 'response-sent');
          } catch (error) {
            report(error);
            if (body.kind === 'single') {
              body.singleResult.data = null;
              body.singleResult.errors = [
                new GraphQLError(INTERNAL_MESSAGE, {
                  extensions: { code: 'INTERNAL_SERVER_ERROR' },
                }),
              ];
            }
          }
        },
      });
    },
  };
}
