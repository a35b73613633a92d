import { TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { FormDialog } from '../../shared/ui';
import {
  UpdateProjectDeadlineMutation,
  UpdateSalesOrderDeadlineMutation,
} from './projects.operations';

interface MoveDeadlineDialogProps {
  /** A project and its open orders share one deadline: moving either moves all of them. */
  target: { kind: 'project' | 'salesOrder'; id: string };
  deadline: string;
  onClose: () => void;
}

export function MoveDeadlineDialog({ target, deadline, onClose }: MoveDeadlineDialogProps) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const [date, setDate] = useState(deadline);
  const [reason, setReason] = useState('');
  const [isValidated, setValidated] = useState(false);

  const submit = async () => {
    setValidated(true);
    if (!date || !reason.trim()) return;

    const data =
      target.kind === 'project'
        ? await run(UpdateProjectDeadlineMutation, {
            input: { projectId: target.id, deadline: date, reason: reason.trim() },
          })
        : await run(UpdateSalesOrderDeadlineMutation, {
            input: { salesOrderId: target.id, deadline: date, reason: reason.trim() },
          });
    if (data) onClose();
  };

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('deadlineForm.title')}
      submitLabel={t('deadlineForm.submit')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
    >
      <TextInput
        label={t('deadlineForm.deadline')}
        description={t('deadlineForm.hint')}
        type="date"
        required
        error={isValidated && !date ? t('form.required') : undefined}
        value={date}
        onChange={(event) => setDate(event.currentTarget.value)}
      />
      <Textarea
        label={t('form.reason')}
        required

        rows={3}
        error={isValidated && !reason.trim() ? t('form.reasonRequired') : undefined}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
    </FormDialog>
  );
}
