import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { InvoiceRowFragment } from '../../gql/graphql';
import { InvoiceRow } from './InvoiceRow';

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
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('account.columns.number')}</Table.Th>
            <Table.Th>{t('account.columns.status')}</Table.Th>
            <Table.Th>{t('account.columns.issueDate')}</Table.Th>
            <Table.Th>{t('account.columns.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('account.columns.amount')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('account.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <InvoiceRow key={invoice.id} invoice={invoice} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
