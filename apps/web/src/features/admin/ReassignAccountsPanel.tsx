import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { ErrorState, LoadingState, RefusalAlert } from '../../shared/ui';
import { AccountManagersQuery } from '../customers/customers.operations';
import { ReassignAccountsMutation } from './admin.operations';
import { useWholeDirectory } from './useWholeDirectory';

type Scope = 'all' | 'selected';

/** Hands the accounts of one owner (all, or some) to another account manager or admin. */
export function ReassignAccountsPanel() {
  const { t } = useTranslation();
  const directory = useWholeDirectory();
  const managers = useQuery(AccountManagersQuery);
  const { run, isRunning, error, reset } = useMutationRunner();
  const [fromUserId, setFromUserId] = useState('');
  const [toUserId, setToUserId] = useState('');
  const [scope, setScope] = useState<Scope>('all');
  const [selected, setSelected] = useState<string[]>([]);
  const [moved, setMoved] = useState<{ count: number; to: string } | null>(null);

  if (directory.error) {
    return <ErrorState error={directory.error} onRetry={() => void directory.refetch()} />;
  }
  if (!directory.isComplete) return <LoadingState />;

  // Owners come from the directory itself, so a deactivated owner's accounts can be handed over.
  const owners = new Map(
    directory.entries.map((entry) => [entry.accountManager.id, entry.accountManager.name]),
  );
  const ownAccounts = directory.entries.filter((entry) => entry.accountManager.id === fromUserId);
  const receivers = (managers.data?.accountManagers ?? []).filter(
    (person) => person.id !== fromUserId,
  );

  const isReady =
    fromUserId !== '' &&
    toUserId !== '' &&
    ownAccounts.length > 0 &&
    (scope === 'all' || selected.length > 0);

  const chooseFrom = (userId: string) => {
    setFromUserId(userId);
    setSelected([]);
    setMoved(null);
    reset();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isReady || isRunning) return;

    const data = await run(ReassignAccountsMutation, {
      input: { fromUserId, toUserId, customerIds: scope === 'all' ? null : selected },
    });
    if (!data) return;

    const to = receivers.find((person) => person.id === toUserId)?.name ?? '';
    setMoved({ count: data.reassignAccounts.customers.length, to });
    setSelected([]);
  };

  return (
    <Paper withBorder p="md" maw={720}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('admin.reassign.hint')}
          </Text>
          <RefusalAlert error={error} />
          {moved && (
            <Alert color="green" variant="light" role="status">
              {t('admin.reassign.done', { count: moved.count, name: moved.to })}
            </Alert>
          )}
          <Group grow align="flex-start">
            <NativeSelect
              label={t('admin.reassign.from')}
              value={fromUserId}
              data={[
                { value: '', label: t('customerForm.accountManagerPick') },
                ...[...owners].map(([value, label]) => ({ value, label })),
              ]}
              onChange={(event) => chooseFrom(event.currentTarget.value)}
            />
            <NativeSelect
              label={t('admin.reassign.to')}
              value={toUserId}
              disabled={managers.loading}
              error={managers.error?.message}
              data={[
                { value: '', label: t('customerForm.accountManagerPick') },
                ...receivers.map((person) => ({ value: person.id, label: person.name })),
              ]}
              onChange={(event) => setToUserId(event.currentTarget.value)}
            />
          </Group>

          {fromUserId && (
            <Radio.Group
              label={t('admin.reassign.which')}
              value={scope}
              onChange={(value) => setScope(value as Scope)}
            >
              <Group mt="xs">
                <Radio value="all" label={t('admin.reassign.all', { count: ownAccounts.length })} />
                <Radio value="selected" label={t('admin.reassign.selected')} />
              </Group>
            </Radio.Group>
          )}

          {fromUserId && scope === 'selected' && (
            <Checkbox.Group
              label={t('admin.reassign.accounts')}
              value={selected}
              onChange={setSelected}
            >
              <Stack gap={4} mt="xs">
                {ownAccounts.map((entry) => (
                  <Checkbox
                    key={entry.id}
                    value={entry.id}
                    label={`${entry.code} · ${entry.name}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}

          {fromUserId && ownAccounts.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('admin.reassign.none')}
            </Text>
          )}

          <Group justify="flex-end">
            <Button type="submit" loading={isRunning} disabled={!isReady}>
              {t('admin.reassign.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
