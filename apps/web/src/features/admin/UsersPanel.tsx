import { useQuery } from '@apollo/client/react';
import { Badge, Button, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PasswordLinkDetailsFragment, UserRowFragment } from '../../gql/graphql';
import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { ErrorState, LoadingState, RefusalAlert } from '../../shared/ui';
import {
  CreatePasswordLinkMutation,
  DeactivateUserMutation,
  ReactivateUserMutation,
  UsersQuery,
} from './admin.operations';
import { PasswordLinkDialog } from './PasswordLinkDialog';
import { UserFormDialog } from './UserFormDialog';

const pageSize = 100;

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserRowFragment }
  | { kind: 'link'; user: UserRowFragment; link: PasswordLinkDetailsFragment }
  | null;

/** Everyone who signs in, active or not, with the moves an admin makes on them. */
export function UsersPanel() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore, refetch } = useQuery(UsersQuery, {
    variables: { first: pageSize },
    notifyOnNetworkStatusChange: true,
  });
  const runner = useMutationRunner();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const connection = data?.users;

  const newPasswordLink = async (user: UserRowFragment) => {
    const result = await runner.run(
      CreatePasswordLinkMutation,
      { userId: user.id },
      { awaitRefetch: false },
    );
    const link = result?.createPasswordLink.passwordLink;
    if (link) setDialog({ kind: 'link', user, link });
  };

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;

    void fetchMore({ variables: { first: pageSize, after: connection.pageInfo.endCursor } });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {connection && t('admin.users.total', { count: connection.totalCount })}
        </Text>
        <Button size="xs" onClick={() => setDialog({ kind: 'create' })}>
          {t('admin.userForm.createTitle')}
        </Button>
      </Group>
      <RefusalAlert error={runner.error} />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!connection && loading && <LoadingState />}

      {connection && (
        <Paper withBorder p="md">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" aria-label={t('admin.tabs.users')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.users.name')}</Table.Th>
                  <Table.Th>{t('admin.users.email')}</Table.Th>
                  <Table.Th>{t('admin.users.role')}</Table.Th>
                  <Table.Th>{t('admin.users.status')}</Table.Th>
                  <Table.Th>{t('account.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node: user }) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>{user.name}</Table.Td>
                    <Table.Td>{user.email}</Table.Td>
                    <Table.Td>{t(`role.${user.role}`)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={user.isActive ? 'green' : 'gray'}>
                        {user.isActive ? t('admin.users.active') : t('admin.users.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setDialog({ kind: 'edit', user })}
                        >
                          {t('admin.users.edit')}
                        </Button>
                        {user.isActive ? (
                          <>
                            <Button
                              size="compact-xs"
                              variant="light"
                              disabled={runner.isRunning}
                              onClick={() => void newPasswordLink(user)}
                            >
                              {t('admin.users.newPasswordLink')}
                            </Button>
                            <Button
                              size="compact-xs"
                              variant="light"
                              color="red"
                              disabled={runner.isRunning}
                              onClick={() =>
                                void runner.run(DeactivateUserMutation, { id: user.id })
                              }
                            >
                              {t('admin.users.deactivate')}
                            </Button>
                          </>
                        ) : (
                          <Button
                            size="compact-xs"
                            variant="light"
                            color="green"
                            disabled={runner.isRunning}
                            onClick={() => void runner.run(ReactivateUserMutation, { id: user.id })}
                          >
                            {t('admin.users.reactivate')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {connection.pageInfo.hasNextPage && (
            <Center mt="md">
              <Button variant="light" loading={loading} onClick={loadMore}>
                {t('customers.loadMore')}
              </Button>
            </Center>
          )}
        </Paper>
      )}

      {/* Mounted only while open, so each opening starts from the values on screen. */}
      {dialog?.kind === 'create' && (
        <UserFormDialog
          onClose={close}
          onCreated={(user, link) => setDialog({ kind: 'link', user, link })}
        />
      )}
      {dialog?.kind === 'edit' && <UserFormDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'link' && (
        <PasswordLinkDialog userName={dialog.user.name} link={dialog.link} onClose={close} />
      )}
    </Stack>
  );
}
