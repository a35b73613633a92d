import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { FormDialog } from '../../shared/ui';
import { RejectInvoiceMutation } from './invoices.operations';

interface RejectInvoiceDialogProps {
  invoice: { id: string; number: string };
  onClose: () => void;
}

/** The reason is kept with the invoice and sent to its account manager, so it cannot be empty. */
export function RejectInvoiceDialog({ invoice, onClose }: RejectInvoiceDialogProps) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const [reason, setReason] = useState('');
  const [isValidated, setValidated] = useState(false);

  const submit = async () => {
    setValidated(true);
    if (!reason.trim()) return;

    const data = await run(RejectInvoiceMutation, { id: invoice.id, reason: reason.trim() });
    if (data) onClose();
  };

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('rejectForm.title', { number: invoice.number })}
      submitLabel={t('invoiceActions.REJECT')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
    >
      <Textarea
        label={t('form.reason')}
        required

        rows={3}
        data-autofocus
        error={isValidated && !reason.trim() ? t('form.reasonRequired') : undefined}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
    </FormDialog>
  );
}
