import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { SalesOrderDetailsFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { Money } from '../../shared/ui';
import { useCanRead } from '../../shared/access/access';
import { DocumentHistory } from '../history/DocumentHistory';
import { billedPlanParts } from '../orders/billedPlanParts';
import { BillingPlanTable } from '../orders/BillingPlanTable';
import { SalesOrderActions } from '../orders/SalesOrderActions';
import { InvoiceTable } from './InvoiceTable';
import { StatusBadge } from './StatusBadge';

interface SalesOrderCardProps {
  order: SalesOrderDetailsFragment;
  isProjectDelivered: boolean;
}

export function SalesOrderCard({ order, isProjectDelivered }: SalesOrderCardProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const progressLabel = t('account.progressLabel', { progress: order.progress });
  const readsInvoices = useCanRead('Invoice');
  const invoices = order.invoices ?? [];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={order.code}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm">
            <Text fw={600} ff="monospace">
              {order.code}
            </Text>
            <StatusBadge kind="salesOrder" status={order.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('account.deadlineOn', { date: formatDate(order.deadline, locale) })}
          </Text>
        </Group>

        <Stack gap={4}>
          <Progress value={order.progress} aria-label={progressLabel} size="md" />
          <Text size="xs" c="dimmed">
            {progressLabel}
          </Text>
        </Stack>

        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <Figure label={t('account.columns.total')}>
            <Money amount={order.total} currency={order.currency} size="sm" />
          </Figure>
          <Figure label={t('account.columns.billed')}>
            <Money amount={order.billedTotal} currency={order.currency} size="sm" />
          </Figure>
          <Figure label={t('account.columns.unbilled')}>
            <Money amount={order.unbilledTotal} currency={order.currency} size="sm" />
          </Figure>
        </SimpleGrid>

        <SalesOrderActions order={order} isProjectDelivered={isProjectDelivered} />

        <Text size="sm" fw={600}>
          {t('billingPlan.title')}
        </Text>
        <BillingPlanTable
          parts={order.billingPlan}
          currency={order.currency}
          billed={billedPlanParts(order.billingPlan)}
        />

        {readsInvoices && (
          <>
            <Text size="sm" fw={600}>
              {t('account.invoices')}
            </Text>
            <InvoiceTable invoices={invoices} />
          </>
        )}
        <DocumentHistory kind="salesOrder" id={order.id} currency={order.currency} />
      </Stack>
    </Paper>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      {children}
    </Stack>
  );
}
