import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { FormDialog } from '../../shared/ui';
import { UpdateSalesOrderProgressMutation } from './orders.operations';

interface ProgressDialogProps {
  salesOrderId: string;
  progress: number;
  onClose: () => void;
}

function isProgress(value: number | string): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

export function ProgressDialog({ salesOrderId, progress, onClose }: ProgressDialogProps) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const [value, setValue] = useState<number | string>(progress);
  const [isValidated, setValidated] = useState(false);

  const submit = async () => {
    setValidated(true);
    if (!isProgress(value)) return;

    const data = await run(UpdateSalesOrderProgressMutation, {
      input: { salesOrderId, progress: value },
    });
    if (data) onClose();
  };

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('progressForm.title')}
      submitLabel={t('form.save')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
    >
      <NumberInput
        label={t('progressForm.progress')}
        description={t('progressForm.hint')}
        min={0}
        max={100}
        // What was typed is kept and refused, never clamped or stripped of its sign in silence.
        clampBehavior="none"
        allowDecimal={false}
        suffix="%"
        required
        error={
          (isValidated || value !== '') && !isProgress(value) ? t('progressForm.range') : undefined
        }
        value={value}
        onChange={setValue}
      />
    </FormDialog>
  );
}
