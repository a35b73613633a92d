import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';

interface RunOptions {
  /**
   * false: answer as soon as the change is saved and reload the screen behind it. For changes that
   * answer a one-time secret, which must reach the screen even when reloading fails.
   */
  awaitRefetch?: boolean;
}

/**
 * Runs any mutation of a document and then reloads every query on screen, so totals, statuses and
 * the allowed next moves all come from the server rather than from guesses in the cache. One runner
 * per document keeps all its buttons disabled while one of its moves is under way.
 */
export function useMutationRunner() {
  const client = useApolloClient();
  const [isRunning, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(
    async <TData, TVariables extends OperationVariables>(
      mutation: TypedDocumentNode<TData, TVariables>,
      variables: TVariables,
      options: RunOptions = {},
    ): Promise<TData | null> => {
      setRunning(true);
      setError(null);

      try {
        const result = await client.mutate({
          mutation,
          variables,
          refetchQueries: 'active',
          awaitRefetchQueries: options.awaitRefetch ?? true,
        });
        return (result.data as TData | undefined) ?? null;
      } catch (caught) {
        setError(caught);
        return null;
      } finally {
        setRunning(false);
      }
    },
    [client],
  );

  const reset = useCallback(() => setError(null), []);

  return { run, isRunning, error, reset };
}
