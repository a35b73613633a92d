import { useQuery } from '@apollo/client/react';
import { Button, Center, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../shared/ui';
import { useAccess, useCanWrite } from '../../shared/access/access';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { AccountDirectory } from './AccountDirectory';
import { CreateCustomerDialog } from './CreateCustomerDialog';
import { CustomerTable } from './CustomerTable';
import { CustomersQuery } from './customers.operations';

const pageSize = 50;

export function CustomersPage() {
  const { t } = useTranslation();
  usePageTitle(t('customers.title'));
  const { data, loading, error, fetchMore, refetch } = useQuery(CustomersQuery, {
    variables: { first: pageSize },
    notifyOnNetworkStatusChange: true,
  });
  const mayCreate = useCanWrite('CUSTOMERS');
  // Who opens only their own accounts still sees every account's owner, to know whom to ask.
  const { opensEveryAccount } = useAccess();
  const [isCreating, setCreating] = useState(false);

  const connection = data?.customers;
  const customers = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;

    void fetchMore({ variables: { first: pageSize, after: connection.pageInfo.endCursor } });
  };

  const ownAccounts = (
    <Stack gap="md">
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

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Group gap="md" align="baseline">
          <Title order={2}>{t('customers.title')}</Title>
          {connection && (
            <Text size="sm" c="dimmed">
              {t('customers.total', { count: connection.totalCount })}
            </Text>
          )}
        </Group>
        {mayCreate && (
          <Button size="xs" onClick={() => setCreating(true)}>
            {t('customerForm.createTitle')}
          </Button>
        )}
      </Group>
      {/* Mounted only while open, so it reads the signed-in user when it opens. */}
      {isCreating && <CreateCustomerDialog opened onClose={() => setCreating(false)} />}

      {opensEveryAccount ? (
        ownAccounts
      ) : (
        <Tabs defaultValue="own" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="own">{t('customers.tabs.own')}</Tabs.Tab>
            <Tabs.Tab value="directory">{t('customers.tabs.directory')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="own">{ownAccounts}</Tabs.Panel>
          <Tabs.Panel value="directory">
            <AccountDirectory />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
