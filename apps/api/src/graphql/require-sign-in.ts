import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

import type { Context } from './context';

/** The only root fields a request without a valid session or token may ask for. */
const PUBLIC_FIELDS = new Set(['login', 'setPassword', '__typename']);

/**
 * Refuses every operation of a signed-out caller, except signing in (with a password or with a
 * password link), before anything resolves: one gate instead of a check that each resolver
 * could forget.
 */
export const requireSignIn: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (contextValue.viewer) return;
        const isPublic =
          !!operation &&
          operation.selectionSet.selections.every(
            (selection) => selection.kind === Kind.FIELD && PUBLIC_FIELDS.has(selection.name.value),
          );
        if (!isPublic) {
          throw new GraphQLError('Sign in first: this request has no valid session or token.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
      },
    };
  },
};
