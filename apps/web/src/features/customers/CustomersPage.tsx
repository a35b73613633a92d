import { useQuery } from '@apollo/client/react';
import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../shared/ui';
import { CustomerTable } from './CustomerTable';
import { CustomersQuery } from './customers.operations';

const pageSize = 50;

export function CustomersPage() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore, refetch } = useQuery(CustomersQuery, {
    variables: { first: pageSize },
    notifyOnNetworkStatusChange: true,
  });

  const connection = data?.customers;
  const customers = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;

    void fetchMore({ variables: { first: pageSize, after: connection.pageInfo.endCursor } });
  };

  return (
    <Stack gap="md">
      <title>{t('app.pageTitle', { page: t('customers.title') })}</title>
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('customers.title')}</Title>
        {connection && (
          <Text size="sm" c="dimmed">
            {t('customers.total', { count: connection.totalCount })}
          </Text>
        )}
      </Group>

      {error && <ErrorState error={error} onRetry={() => void refetch()} />}

      {!connection && loading && <LoadingState />}

      {connection && (
        <Paper withBorder p="md">
          <CustomerTable customers={customers} />
          {connection.pageInfo.hasNextPage && (
            <Center mt="md">
              <Button variant="light" loading={loading} onClick={loadMore}>
                {t('customers.loadMore')}
              </Button>
            </Center>
          )}
        </Paper>
      )}
    </Stack>
  );
}
