import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../shared/ui';
import { useAccess } from '../../shared/access/access';
import { AccountKpisQuery } from './account.operations';
import { KpiGrid } from './KpiGrid';

export function AccountKpis({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { reads } = useAccess();
  const { data, loading, error, refetch } = useQuery(AccountKpisQuery, {
    variables: {
      customerId,
      withInvoices: reads.includes('Invoice'),
      withQuotes: reads.includes('Quote'),
      withProjects: reads.includes('Project'),
    },
  });

  return (
    <Stack gap="sm">
      <Title order={3}>{t('kpi.title')}</Title>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!data && loading && <LoadingState />}
      {data && <KpiGrid kpis={data.accountDashboard.kpis} />}
    </Stack>
  );
}
