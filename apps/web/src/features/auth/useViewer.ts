import { useQuery } from '@apollo/client/react';

import { ViewerQuery } from './auth.operations';

/** The signed-in user; the app layout has loaded it already, so this reads the cache. */
export function useViewer() {
  const { data } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  return data?.viewer ?? null;
}
