import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';

import { isUnauthenticated } from './isUnauthenticated';

interface ApolloClientOptions {
  /** Called whenever the API says the session is missing or expired. */
  onUnauthenticated: () => void;
}

export function createApolloClient({ onUnauthenticated }: ApolloClientOptions) {
  const errorLink = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  });

  // The session is an httpOnly cookie set by the login mutation: the browser sends it on every
  // same-origin request, and no token is ever held in script-readable storage.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: createApolloCache(),
  });
}

export function createApolloCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // "Load more" appends the next page to the list already shown instead of replacing it.
          customers: relayStylePagination(),
          accountDirectory: relayStylePagination(),
          users: relayStylePagination(['includeInactive']),
          apiTokens: relayStylePagination(),
        },
      },
    },
  });
}
