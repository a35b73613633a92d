import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { BillingPlanPartRowFragment } from '../../gql/graphql';
import { Money } from '../../shared/ui';

interface BillingPlanTableProps {
  parts: BillingPlanPartRowFragment[];
  currency: string;
  billed: Set<string>;
}

export function BillingPlanTable({ parts, currency, billed }: BillingPlanTableProps) {
  const { t } = useTranslation();

  if (parts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('billingPlan.none')}
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={4} aria-label={t('billingPlan.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('billingPlan.label')}</Table.Th>
            <Table.Th>{t('billingPlan.kind')}</Table.Th>
            <Table.Th ta="right">{t('billingPlan.share')}</Table.Th>
            <Table.Th ta="right">{t('account.columns.amount')}</Table.Th>
            <Table.Th>{t('account.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parts.map((part) => (
            <Table.Tr key={part.id}>
              <Table.Td>{part.label}</Table.Td>
              <Table.Td>{t(`billingPlan.kinds.${part.kind}`)}</Table.Td>
              <Table.Td ta="right">
                {part.percentage ? t('billingPlan.percent', { value: part.percentage }) : ''}
              </Table.Td>
              <Table.Td ta="right">
                <Money amount={part.amount} currency={currency} size="sm" />
              </Table.Td>
              <Table.Td>
                {billed.has(part.id) ? (
                  <Badge size="sm" variant="light" color="green">
                    {t('billingPlan.billed')}
                  </Badge>
                ) : (
                  <Badge size="sm" variant="light" color="gray">
                    {t('billingPlan.notBilled')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
