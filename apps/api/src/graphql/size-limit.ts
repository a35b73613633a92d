import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses documents that ask for too much at once: many aliased copies of the same expensive
 * field, or a huge selection. Depth alone does not bound the work of one request.
 */
export function sizeLimit(limits: { rootFields: number; fields: number }) {
  return (context: ValidationContext): ASTVisitor => {
    let fields = 0;
    return {
      OperationDefinition(node) {
        const roots = node.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).length;
        if (roots > limits.rootFields) {
          context.reportError(
            new GraphQLError(
              `This request asks for ${roots} top-level fields; at most ${limits.rootFields} are allowed. Split it into several requests.`,
              { nodes: [node], extensions: { code: 'VALIDATION' } },
            ),
          );
        }
      },
      Field() {
        fields += 1;
        if (fields === limits.fields + 1) {
          context.reportError(
            new GraphQLError(
              `This request selects more than ${limits.fields} fields; split it into several requests.`,
              { extensions: { code: 'VALIDATION' } },
            ),
          );
        }
      },
    };
  };
}
