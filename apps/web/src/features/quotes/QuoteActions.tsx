import type { TypedDocumentNode } from '@apollo/client';
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { QuoteAction, QuoteRowFragment } from '../../gql/graphql';
import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { ActionButtons, RefusalAlert } from '../../shared/ui';
import { QuoteFormDialog } from './QuoteFormDialog';
import { AcceptQuoteMutation, DeclineQuoteMutation, SendQuoteMutation } from './quotes.operations';

// Each of these moves needs only the document's id.
const mutations: Record<
  Exclude<QuoteAction, 'EDIT'>,
  TypedDocumentNode<unknown, { id: string }>
> = {
  SEND: SendQuoteMutation,
  ACCEPT: AcceptQuoteMutation,
  DECLINE: DeclineQuoteMutation,
};

const colors: Record<QuoteAction, string> = {
  EDIT: 'gray',
  SEND: 'blue',
  ACCEPT: 'green',
  DECLINE: 'red',
};

/** The moves the API allows on this quote now, and nothing else. */
export function QuoteActions({ quote }: { quote: QuoteRowFragment }) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const [isEditing, setEditing] = useState(false);

  if (quote.actions.length === 0) return null;

  const act = (action: QuoteAction) => {
    if (action === 'EDIT') setEditing(true);
    else void run(mutations[action], { id: quote.id });
  };

  return (
    <Stack gap="xs" align="flex-end">
      <ActionButtons
        actions={quote.actions}
        colors={colors}
        label={(action) => t(`quoteActions.${action}`)}
        disabled={isRunning}
        onAct={act}
      />
      {/* The API stops offering SEND once a draft's valid-until day has passed. */}
      {quote.status === 'DRAFT' &&
        quote.actions.includes('EDIT') &&
        !quote.actions.includes('SEND') && (
          <Text size="xs" c="orange.8" ta="right" maw={260}>
            {t('quoteActions.expiredDraftHint')}
          </Text>
        )}
      <RefusalAlert error={error} currency={quote.currency} />
      {isEditing && (
        <QuoteFormDialog
          quote={quote}
          currency={quote.currency}
          onClose={() => setEditing(false)}
        />
      )}
    </Stack>
  );
}
