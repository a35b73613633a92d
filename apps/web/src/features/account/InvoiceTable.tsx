import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { InvoiceRowFragment } from '../../gql/graphql';
import { LocalDate, Money } from '../../shared/ui';
import { StatusBadge } from './StatusBadge';

interface InvoiceTableProps {
  invoices: InvoiceRowFragment[];
}

export function InvoiceTable({ invoices }: InvoiceTableProps) {
  const { t } = useTranslation();

  if (invoices.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('account.noInvoices')}
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('account.columns.number')}</Table.Th>
            <Table.Th>{t('account.columns.status')}</Table.Th>
            <Table.Th>{t('account.columns.issueDate')}</Table.Th>
            <Table.Th>{t('account.columns.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('account.columns.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <Table.Tr key={invoice.id}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {invoice.number}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge kind="invoice" status={invoice.status} />
              </Table.Td>
              <Table.Td>
                <LocalDate value={invoice.issueDate} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" c={invoice.isOverdue ? 'red.7' : undefined}>
                    <LocalDate value={invoice.dueDate} />
                  </Text>
                  {invoice.isOverdue && (
                    <Badge color="red" variant="filled" size="sm">
                      {t('account.overdue')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                <Money amount={invoice.amount} currency={invoice.currency} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
