import { useQuery } from '@apollo/client/react';
import { Button, Center, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useAccess } from '../../shared/access/access';
import { ErrorState, LoadingState } from '../../shared/ui';
import { useViewer } from '../auth/useViewer';
import { AccountDirectoryTable } from './AccountDirectoryTable';
import { AccountDirectoryQuery } from './customers.operations';

const pageSize = 50;

/** The "All accounts" tab: the whole directory, linking only the accounts the viewer opens. */
export function AccountDirectory() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { opensEveryAccount } = useAccess();
  const { data, loading, error, fetchMore, refetch } = useQuery(AccountDirectoryQuery, {
    variables: { first: pageSize },
    notifyOnNetworkStatusChange: true,
  });

  const connection = data?.accountDirectory;

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return loading ? <LoadingState /> : null;

  const loadMore = () => {
    if (!connection.pageInfo.endCursor) return;

    void fetchMore({ variables: { first: pageSize, after: connection.pageInfo.endCursor } });
  };

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('customers.directoryHint', { count: connection.totalCount })}
      </Text>
      <Paper withBorder p="md">
        <AccountDirectoryTable
          entries={connection.edges.map((edge) => edge.node)}
          canOpen={(entry) => opensEveryAccount || entry.accountManager.id === viewer?.id}
        />
        {connection.pageInfo.hasNextPage && (
          <Center mt="md">
            <Button variant="light" loading={loading} onClick={loadMore}>
              {t('customers.loadMore')}
            </Button>
          </Center>
        )}
      </Paper>
    </Stack>
  );
}
