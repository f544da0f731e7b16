import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './graphql-context';

/**
 * The request errors of a well-formed request: its document, its operation or its input was
 * refused. A malformed request (`BAD_REQUEST`: no query, a query that is not a string) is
 * not a GraphQL response at all and keeps Apollo's 400 either way.
 */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * The status codes of the GraphQL over HTTP specification for a request error (no `data`:
 * the document did not parse or validate, a variable or an argument was refused before
 * execution). With `application/graphql-response+json` the status says it: 400. With the
 * legacy `application/json` it is 200, the error in the body, as clients written before the
 * specification expect. Apollo answers most of these with 400 whatever was accepted, and
 * errors thrown by plugins with 500; an internal error keeps its 5xx.
 *
 * The content type is chosen here with the same negotiation Apollo uses (`negotiator`, through
 * Express's `req.accepts`, in Apollo's order) and set, so the status and the type always agree.
 */
export function graphqlOverHttpPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, contextValue }) {
          const body = response.body;
          if (body.kind !== 'single') return Promise.resolve();
          const { errors, data } = body.singleResult;
          const requestError = data === undefined && (errors?.length ?? 0) > 0;
          const refused = errors?.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)));
          if (!requestError || !refused) return Promise.resolve();
          const type = contextValue.req.headers.accept
            ? contextValue.req.accepts([JSON_TYPE, GRAPHQL_RESPONSE_TYPE])
            : JSON_TYPE;
          // Nothing acceptable: Apollo answers 406 itself.
          if (type === false) return Promise.resolve();
          response.http.status = type === GRAPHQL_RESPONSE_TYPE ? 400 : 200;
          response.http.headers.set('content-type', `${type}; charset=utf-8`);
          return Promise.resolve();
        },
      });
    },
  };
}
