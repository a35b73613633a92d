import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { QuoteRowFragment } from '../../gql/graphql';
import { LocalDate, Money } from '../../shared/ui';
import { StatusBadge } from './StatusBadge';

interface QuoteTableProps {
  quotes: QuoteRowFragment[];
}

export function QuoteTable({ quotes }: QuoteTableProps) {
  const { t } = useTranslation();

  if (quotes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('account.noQuotes')}
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('account.columns.code')}</Table.Th>
            <Table.Th>{t('account.columns.status')}</Table.Th>
            <Table.Th>{t('account.columns.validUntil')}</Table.Th>
            <Table.Th ta="right">{t('account.columns.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quotes.map((quote) => (
            <Table.Tr key={quote.id}>
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
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
