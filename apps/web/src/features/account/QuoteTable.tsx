import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { QuoteRowFragment } from '../../gql/graphql';
import { QuoteRow } from './QuoteRow';

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
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('account.columns.code')}</Table.Th>
            <Table.Th>{t('account.columns.status')}</Table.Th>
            <Table.Th>{t('account.columns.validUntil')}</Table.Th>
            <Table.Th ta="right">{t('account.columns.total')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('account.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quotes.map((quote) => (
            <QuoteRow key={quote.id} quote={quote} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
