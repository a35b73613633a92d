import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';

import { AccountDirectoryQuery } from '../customers/customers.operations';

const pageSize = 100;

/**
 * Every account of the directory, page after page: handing over accounts needs all of an
 * owner's, not only the first page. A company with thousands of accounts loads them all here.
 */
export function useWholeDirectory() {
  const { data, loading, error, fetchMore, refetch } = useQuery(AccountDirectoryQuery, {
    variables: { first: pageSize },
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = data?.accountDirectory.pageInfo;

  useEffect(() => {
    if (loading || !pageInfo?.hasNextPage || !pageInfo.endCursor) return;

    void fetchMore({ variables: { first: pageSize, after: pageInfo.endCursor } });
  }, [loading, pageInfo, fetchMore]);

  const entries = data?.accountDirectory.edges.map((edge) => edge.node) ?? [];
  const isComplete = pageInfo !== undefined && !pageInfo.hasNextPage;

  return { entries, isComplete, error, refetch };
}
