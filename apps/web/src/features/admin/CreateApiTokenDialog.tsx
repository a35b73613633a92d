import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { WriteRight } from '../../gql/graphql';
import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { FormDialog } from '../../shared/ui';
import { CreateApiTokenMutation, UsersQuery } from './admin.operations';
import { writeRights } from './roles';
import { SecretField } from './SecretField';

interface CreateApiTokenDialogProps {
  onClose: () => void;
}

/**
 * Makes an API token, then shows its secret this one time: Arus keeps only a hash, so closing the
 * dialog loses the secret for good.
 */
export function CreateApiTokenDialog({ onClose }: CreateApiTokenDialogProps) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const users = useQuery(UsersQuery, { variables: { first: 100 } });
  const [name, setName] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [scope, setScope] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const [isValidated, setValidated] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const owners = (users.data?.users.edges ?? [])
    .map((edge) => edge.node)
    .filter((user) => user.isActive);

  const submit = async () => {
    setValidated(true);
    if (!name.trim() || !ownerId) return;

    const data = await run(
      CreateApiTokenMutation,
      {
        input: {
          name: name.trim(),
          ownerId,
          scope: scope as WriteRight[],
          expiresOn: expiresOn || null,
        },
      },
      { awaitRefetch: false },
    );
    if (data) setSecret(data.createApiToken.secret ?? '');
  };

  if (secret !== null) {
    return (
      <Modal opened onClose={onClose} title={t('admin.tokens.secretTitle')} size="lg">
        <Stack gap="sm">
          <Alert color="yellow" variant="light" title={t('admin.tokens.secretWarningTitle')}>
            {t('admin.tokens.secretWarning')}
          </Alert>
          <SecretField label={t('admin.tokens.secret')} value={secret} />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('admin.done')}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('admin.tokens.createTitle')}
      submitLabel={t('admin.tokens.create')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
    >
      <TextInput
        label={t('admin.tokens.name')}
        description={t('admin.tokens.nameHint')}
        required
        error={isValidated && !name.trim() ? t('form.required') : undefined}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('admin.tokens.owner')}
        description={t('admin.tokens.ownerHint')}
        required
        disabled={users.loading}
        error={users.error?.message ?? (isValidated && !ownerId ? t('form.required') : undefined)}
        value={ownerId}
        data={[
          { value: '', label: t('customerForm.accountManagerPick') },
          ...owners.map((user) => ({
            value: user.id,
            label: `${user.name} (${t(`role.${user.role}`)})`,
          })),
        ]}
        onChange={(event) => setOwnerId(event.currentTarget.value)}
      />
      <Checkbox.Group
        label={t('admin.tokens.scope')}
        description={t('admin.tokens.scopeHint')}
        value={scope}
        onChange={setScope}
      >
        <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs" spacing="xs">
          {writeRights.map((right) => (
            <Checkbox key={right} value={right} label={t(`writeRight.${right}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <TextInput
        label={t('admin.tokens.expiresOn')}
        description={t('admin.tokens.expiresOnHint')}
        type="date"
        value={expiresOn}
        onChange={(event) => setExpiresOn(event.currentTarget.value)}
      />
    </FormDialog>
  );
}
