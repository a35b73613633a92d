import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BillingPlanPartRowFragment } from '../../gql/graphql';
import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { isDecimal } from '../../shared/form/isDecimal';
import { FormDialog } from '../../shared/ui';
import { BillingPlanRow, type PlanRowValues } from './BillingPlanRow';
import { SetBillingPlanMutation } from './orders.operations';

interface BillingPlanDialogProps {
  salesOrderId: string;
  currency: string;
  parts: BillingPlanPartRowFragment[];
  onClose: () => void;
}

function rowOf(part: BillingPlanPartRowFragment): PlanRowValues {
  return part.percentage
    ? { kind: part.kind, label: part.label, basis: 'percentage', value: part.percentage }
    : { kind: part.kind, label: part.label, basis: 'amount', value: part.amount ?? '' };
}

const newRow: PlanRowValues = { kind: 'MILESTONE', label: '', basis: 'percentage', value: '' };

/** Replaces the whole plan; the API checks that its parts add up to the order total exactly. */
export function BillingPlanDialog({
  salesOrderId,
  currency,
  parts,
  onClose,
}: BillingPlanDialogProps) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const [rows, setRows] = useState<PlanRowValues[]>(() =>
    parts.length > 0 ? parts.map(rowOf) : [{ ...newRow, kind: 'DEPOSIT' }],
  );
  const [isValidated, setValidated] = useState(false);

  const submit = async () => {
    setValidated(true);
    if (rows.some((row) => !row.label.trim() || !isDecimal(row.value))) return;

    const data = await run(SetBillingPlanMutation, {
      input: {
        salesOrderId,
        parts: rows.map((row) => ({
          kind: row.kind,
          label: row.label.trim(),
          ...(row.basis === 'percentage'
            ? { percentage: row.value.trim() }
            : { amount: row.value.trim() }),
        })),
      },
    });
    if (data) onClose();
  };

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('billingPlanForm.title')}
      submitLabel={t('form.save')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
      currency={currency}
    >
      <Text size="sm" c="dimmed">
        {t('billingPlanForm.hint')}
      </Text>
      {rows.map((row, index) => (
        <BillingPlanRow
          key={index}
          index={index}
          row={row}
          currency={currency}
          isValidated={isValidated}
          onChange={(next) => setRows(rows.map((old, at) => (at === index ? next : old)))}
          onRemove={() => setRows(rows.filter((_, at) => at !== index))}
        />
      ))}
      <Button variant="light" size="xs" onClick={() => setRows([...rows, newRow])}>
        {t('billingPlanForm.add')}
      </Button>
    </FormDialog>
  );
}
