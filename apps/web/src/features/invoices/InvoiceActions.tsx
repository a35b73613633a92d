import type { TypedDocumentNode } from '@apollo/client';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { InvoiceAction, InvoiceRowFragment } from '../../gql/graphql';
import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { ActionButtons, RefusalAlert } from '../../shared/ui';
import {
  CompleteInvoiceMutation,
  ReissueInvoiceMutation,
  SendInvoiceMutation,
  StartInvoiceProcessingMutation,
  VoidInvoiceMutation,
} from './invoices.operations';
import { RejectInvoiceDialog } from './RejectInvoiceDialog';

// Each of these moves needs only the document's id.
const mutations: Record<
  Exclude<InvoiceAction, 'REJECT'>,
  TypedDocumentNode<unknown, { id: string }>
> = {
  SEND: SendInvoiceMutation,
  START_PROCESSING: StartInvoiceProcessingMutation,
  COMPLETE: CompleteInvoiceMutation,
  VOID: VoidInvoiceMutation,
  REISSUE: ReissueInvoiceMutation,
};

const colors: Record<InvoiceAction, string> = {
  SEND: 'blue',
  START_PROCESSING: 'cyan',
  COMPLETE: 'green',
  REJECT: 'red',
  VOID: 'gray',
  REISSUE: 'blue',
};

/** The moves the API allows on this invoice now, and nothing else. */
export function InvoiceActions({ invoice }: { invoice: InvoiceRowFragment }) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const [isRejecting, setRejecting] = useState(false);

  if (invoice.actions.length === 0) return null;

  const act = (action: InvoiceAction) => {
    if (action === 'REJECT') setRejecting(true);
    else void run(mutations[action], { id: invoice.id });
  };

  return (
    <Stack gap="xs" align="flex-end">
      <ActionButtons
        actions={invoice.actions}
        colors={colors}
        label={(action) => t(`invoiceActions.${action}`)}
        disabled={isRunning}
        onAct={act}
      />
      <RefusalAlert error={error} currency={invoice.currency} />
      {isRejecting && <RejectInvoiceDialog invoice={invoice} onClose={() => setRejecting(false)} />}
    </Stack>
  );
}
