export * from './generated/graphql';
export {
  execute,
  TRANSPORT_ERROR_CODES,
  GraphQLRequestError,
  type ExecuteOptions,
  type ExecuteResult,
  type Fetch,
  type GraphQLErrorEntry,
} from './execute';
