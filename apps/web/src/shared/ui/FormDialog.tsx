import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { RefusalAlert } from './RefusalAlert';

interface FormDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  isRunning: boolean;
  /** What the API answered to the last attempt. */
  error: unknown;
  currency?: string;
  /**
   * Edit forms: what the reload button of a CONFLICT does, so that the form starts over from the
   * fresh document rather than keeping values that are no longer current.
   */
  onReload?: () => void;
  isReloading?: boolean;
  children: ReactNode;
}

/** A modal form whose submit button stays busy while its change is being saved. */
export function FormDialog(props: FormDialogProps) {
  const { t } = useTranslation();
  const { opened, onClose, title, submitLabel, onSubmit, isRunning, error, currency } = props;
  const { onReload, isReloading } = props;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isRunning) onSubmit();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <RefusalAlert
            error={error}
            currency={currency}
            onReload={onReload}
            isReloading={isReloading}
          />
          {props.children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={isRunning}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isRunning}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
