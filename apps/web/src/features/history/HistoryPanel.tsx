import { useQuery } from '@apollo/client/react';
import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '../../shared/ui';
import { historyQueries, type HistoryKind } from './historyQueries';
import { HistoryList } from './HistoryList';

interface HistoryPanelProps {
  kind: HistoryKind;
  id: string;
  /** The document's currency, to show the money in its history. */
  currency: string;
}

/** Loads a document's history only when someone opens it: most people never do. */
export function HistoryPanel({ kind, id, currency }: HistoryPanelProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(historyQueries[kind], {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loader size="xs" aria-label={t('common.loading')} />;

  const events = data?.document?.history ?? [];
  if (events.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('history.empty')}
      </Text>
    );
  }

  return <HistoryList events={events} kind={kind} currency={currency} />;
}
