import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { todayIn } from '../../shared/form/todayIn';
import { useAccountTimeZone } from '../../shared/timeZone/AccountTimeZone';
import { FormDialog } from '../../shared/ui';
import { MarkProjectDeliveredMutation } from './projects.operations';

interface MarkDeliveredDialogProps {
  projectId: string;
  onClose: () => void;
}

export function MarkDeliveredDialog({ projectId, onClose }: MarkDeliveredDialogProps) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const timeZone = useAccountTimeZone();
  const [date, setDate] = useState(() => todayIn(timeZone));
  const [isValidated, setValidated] = useState(false);

  const submit = async () => {
    setValidated(true);
    if (!date) return;

    const data = await run(MarkProjectDeliveredMutation, {
      input: { projectId, deliveredOn: date },
    });
    if (data) onClose();
  };

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('deliveredForm.title')}
      submitLabel={t('deliveredForm.submit')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
    >
      <TextInput
        label={t('deliveredForm.date')}
        description={t('deliveredForm.hint')}
        type="date"
        required
        error={isValidated && !date ? t('form.required') : undefined}
        value={date}
        onChange={(event) => setDate(event.currentTarget.value)}
      />
    </FormDialog>
  );
}
