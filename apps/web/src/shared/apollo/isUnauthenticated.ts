import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

// The API reports a missing or expired session as a GraphQL error; a proxy in front of it may
// answer with a bare HTTP 401 instead, which means the same to the user.
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED');
  }

  return ServerError.is(error) && error.statusCode === 401;
}
