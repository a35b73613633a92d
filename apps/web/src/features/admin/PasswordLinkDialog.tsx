import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { PasswordLinkDetailsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { SecretField } from './SecretField';

interface PasswordLinkDialogProps {
  userName: string;
  link: PasswordLinkDetailsFragment;
  onClose: () => void;
}

/** The one-time link that lets a person set their password; Arus keeps only its hash. */
export function PasswordLinkDialog({ userName, link, onClose }: PasswordLinkDialogProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('admin.passwordLink.title', { name: userName })}
      size="lg"
    >
      <Stack gap="sm">
        <Alert color="yellow" variant="light" title={t('admin.passwordLink.warningTitle')}>
          {t('admin.passwordLink.warning')}
        </Alert>
        <SecretField label={t('admin.passwordLink.label')} value={link.url} />
        <Text size="sm" c="dimmed">
          {t('admin.passwordLink.expires', { when: formatDateTime(link.expiresAt, locale) })}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('admin.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
