import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SalesOrderDetailsFragment } from '../../gql/graphql';
import { refusalOf } from '../../shared/apollo/refusal';
import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { formatMoney } from '../../shared/format';
import { isDecimal } from '../../shared/form/isDecimal';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { FormDialog } from '../../shared/ui';
import { billedPlanParts } from '../orders/billedPlanParts';
import { CreateInvoiceMutation } from './invoices.operations';

interface CreateInvoiceDialogProps {
  order: SalesOrderDetailsFragment;
  /** A retention is held until the project is delivered; the API refuses to bill it before. */
  isProjectDelivered: boolean;
  onClose: () => void;
}

/**
 * Bills one plan part not billed yet or, for an order without a plan, a free amount; never more
 * than is billable. The API refuses free amounts on an order that has a plan.
 */
export function CreateInvoiceDialog({
  order,
  isProjectDelivered,
  onClose,
}: CreateInvoiceDialogProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { run, isRunning, error } = useMutationRunner();
  const billed = billedPlanParts(order.billingPlan);
  const openParts = order.billingPlan.filter((part) => !billed.has(part.id));
  const isHeld = (part: { kind: string }) => part.kind === 'RETENTION' && !isProjectDelivered;
  const basis = order.billingPlan.length > 0 ? 'part' : 'amount';
  const [planPartId, setPlanPartId] = useState(openParts.find((part) => !isHeld(part))?.id ?? '');
  const [amount, setAmount] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [issueDate, setIssueDate] = useState('');
  const [isValidated, setValidated] = useState(false);

  const money = (value: string | null | undefined) =>
    value == null ? t('common.empty') : formatMoney(value, order.currency, locale);

  const submit = async () => {
    setValidated(true);
    const isBillValid = basis === 'part' ? planPartId !== '' : isDecimal(amount);
    if (!isBillValid || !dueDate) return;

    const data = await run(CreateInvoiceMutation, {
      input: {
        salesOrderId: order.id,
        dueDate,
        issueDate: issueDate || null,
        ...(basis === 'part' ? { planPartId } : { amount: amount.trim() }),
      },
    });
    if (data) onClose();
  };

  // An OVERBILLED refusal says what is billable now, which is newer than the figure loaded here.
  const refusal = error ? refusalOf(error) : null;
  const isBillableInRefusal = refusal?.code === 'OVERBILLED' && refusal.extensions.billable != null;

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('invoiceForm.title', { code: order.code })}
      submitLabel={t('invoiceForm.create')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
      currency={order.currency}
    >
      {!isBillableInRefusal && (
        <Text fw={600}>{t('invoiceForm.billable', { amount: money(order.unbilledTotal) })}</Text>
      )}

      {basis === 'part' ? (
        <Radio.Group
          label={t('invoiceForm.part')}
          description={t('invoiceForm.planOnly')}
          required
          value={planPartId}
          onChange={setPlanPartId}
          error={isValidated && !planPartId ? t('form.required') : undefined}
        >
          <Stack gap="xs" mt="xs">
            {openParts.map((part) => (
              <Radio
                key={part.id}
                value={part.id}
                disabled={isHeld(part)}
                description={isHeld(part) ? t('invoiceForm.heldUntilDelivered') : undefined}
                label={t('invoiceForm.partOption', {
                  label: part.label,
                  kind: t(`billingPlan.kinds.${part.kind}`),
                  amount: money(part.amount),
                })}
              />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <TextInput
          label={t('invoiceForm.amount', { currency: order.currency })}
          inputMode="decimal"
          required
          error={isValidated && !isDecimal(amount) ? t('form.decimal') : undefined}
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
        />
      )}

      <TextInput
        label={t('invoiceForm.dueDate')}
        type="date"
        required
        error={isValidated && !dueDate ? t('form.required') : undefined}
        value={dueDate}
        onChange={(event) => setDueDate(event.currentTarget.value)}
      />
      <TextInput
        label={t('invoiceForm.issueDate')}
        description={t('invoiceForm.issueDateHint')}
        type="date"
        value={issueDate}
        onChange={(event) => setIssueDate(event.currentTarget.value)}
      />
    </FormDialog>
  );
}
