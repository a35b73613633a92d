import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';

import type { QuoteRowFragment } from '../../gql/graphql';
import { LocalDate, Money } from '../../shared/ui';
import { HistoryPanel } from '../history/HistoryPanel';
import { HistoryToggle } from '../history/HistoryToggle';
import { QuoteActions } from '../quotes/QuoteActions';
import { StatusBadge } from './StatusBadge';

const columnCount = 5;

export function QuoteRow({ quote }: { quote: QuoteRowFragment }) {
  const [isHistoryOpen, setHistoryOpen] = useState(false);

  return (
    <>
      <Table.Tr>
        <Table.Td>
          <Text size="sm" ff="monospace">
            {quote.code}
          </Text>
        </Table.Td>
        <Table.Td>
          <StatusBadge kind="quote" status={quote.status} />
        </Table.Td>
        <Table.Td>
          <LocalDate value={quote.validUntil} />
        </Table.Td>
        <Table.Td ta="right">
          <Money amount={quote.total} currency={quote.currency} size="sm" />
        </Table.Td>
        <Table.Td>
          <Stack gap={2} align="flex-end">
            <QuoteActions quote={quote} />
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
            <HistoryPanel kind="quote" id={quote.id} currency={quote.currency} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
