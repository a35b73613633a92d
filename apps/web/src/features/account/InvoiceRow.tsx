import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { InvoiceRowFragment } from '../../gql/graphql';
import { LocalDate, Money } from '../../shared/ui';
import { HistoryPanel } from '../history/HistoryPanel';
import { HistoryToggle } from '../history/HistoryToggle';
import { InvoiceActions } from '../invoices/InvoiceActions';
import { StatusBadge } from './StatusBadge';

const columnCount = 6;

export function InvoiceRow({ invoice }: { invoice: InvoiceRowFragment }) {
  const { t } = useTranslation();
  const [isHistoryOpen, setHistoryOpen] = useState(false);

  return (
    <>
      <Table.Tr>
        <Table.Td>
          <Stack gap={0}>
            <Text size="sm" ff="monospace">
              {invoice.number}
            </Text>
            {invoice.reissueOf && (
              <Text size="xs" c="dimmed">
                {t('account.reissueOf', { number: invoice.reissueOf.number })}
              </Text>
            )}
            {invoice.reissuedBy && (
              <Text size="xs" c="dimmed">
                {t('account.reissuedBy', { number: invoice.reissuedBy.number })}
              </Text>
            )}
          </Stack>
        </Table.Td>
        <Table.Td>
          <Stack gap={2} align="flex-start">
            <StatusBadge kind="invoice" status={invoice.status} />
            {invoice.rejectionReason && (
              <Text size="xs" c="red.7">
                {t('account.rejectedBecause', { reason: invoice.rejectionReason })}
              </Text>
            )}
          </Stack>
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
        <Table.Td>
          <Stack gap={2} align="flex-end">
            <InvoiceActions invoice={invoice} />
            <HistoryToggle
              expanded={isHistoryOpen}
              onToggle={() => setHistoryOpen(!isHistoryOpen)}
            />
          </Stack>
        </Table.Td>
      </Table.Tr>
      {isHistoryOpen && (
        <Table.Tr>
          <Table.Td colSpan={columnCount}>
            <HistoryPanel kind="invoice" id={invoice.id} currency={invoice.currency} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
