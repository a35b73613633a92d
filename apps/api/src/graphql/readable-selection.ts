import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  getNamedType,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
} from 'graphql';

import { DOCUMENT_TYPES, type DocumentType } from '@arus/domain';

import { canRead } from '../modules/access/policy';
import type { Context } from './context';

const DOCUMENTS: ReadonlySet<string> = new Set(DOCUMENT_TYPES);

/**
 * A mutation whose result asks for documents the viewer's role does not read is refused before
 * it runs: otherwise the change would be made and its answer then fail, and a client that
 * retries on the error would make it twice.
 */
export function refuseUnreadableMutationResults(
  schema: GraphQLSchema,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          const viewer = contextValue.viewer;
          if (!viewer || operation?.operation !== 'mutation') return;
          const typeInfo = new TypeInfo(schema);
          let unreadable: string | null = null;
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Field() {
                const type = typeInfo.getType();
                const name = type ? getNamedType(type).name : null;
                if (name && DOCUMENTS.has(name) && !canRead(viewer, name as DocumentType)) {
                  unreadable ??= name;
                }
              },
            }),
          );
          if (unreadable) {
            throw new GraphQLError(
              `Your role ${viewer.role} does not see ${unreadable} documents: leave them out of what this change returns. Nothing was changed.`,
              { extensions: { code: 'FORBIDDEN' } },
            );
          }
        },
      };
    },
  };
}
