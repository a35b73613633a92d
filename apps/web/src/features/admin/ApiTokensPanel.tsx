import { useQuery } from '@apollo/client/react';
import { Badge, Button, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { formatDateTime } from '../../shared/format';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { ErrorState, LoadingState, RefusalAlert } from '../../shared/ui';
import { ApiTokensQuery, RevokeApiTokenMutation } from './admin.operations';
import { CreateApiTokenDialog } from './CreateApiTokenDialog';

const pageSize = 100;

/** The bearer tokens of partner apps and BI tools: who they act for, what they may change. */
export function ApiTokensPanel() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { data, loading, error, fetchMore, refetch } = useQuery(ApiTokensQuery, {
    variables: { first: pageSize },
    notifyOnNetworkStatusChange: true,
  });
  const runner = useMutationRunner();
  const [isCreating, setCreating] = useState(false);

  const connection = data?.apiTokens;

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;

    void fetchMore({ variables: { first: pageSize, after: connection.pageInfo.endCursor } });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('admin.tokens.hint')}
        </Text>
        <Button size="xs" onClick={() => setCreating(true)}>
          {t('admin.tokens.createTitle')}
        </Button>
      </Group>
      <RefusalAlert error={runner.error} />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!connection && loading && <LoadingState />}

      {connection && connection.edges.length === 0 && (
        <Text c="dimmed">{t('admin.tokens.empty')}</Text>
      )}
      {connection && connection.edges.length > 0 && (
        <Paper withBorder p="md">
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" aria-label={t('admin.tabs.tokens')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.tokens.name')}</Table.Th>
                  <Table.Th>{t('admin.tokens.owner')}</Table.Th>
                  <Table.Th>{t('admin.tokens.scope')}</Table.Th>
                  <Table.Th>{t('admin.tokens.expires')}</Table.Th>
                  <Table.Th>{t('admin.tokens.lastUsed')}</Table.Th>
                  <Table.Th>{t('admin.users.status')}</Table.Th>
                  <Table.Th>{t('account.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node: token }) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td>{token.owner.name}</Table.Td>
                    <Table.Td>
                      {token.scope.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('admin.tokens.readOnly')}
                        </Text>
                      ) : (
                        <Group gap={4}>
                          {token.scope.map((right) => (
                            <Badge key={right} size="sm" variant="outline">
                              {t(`writeRight.${right}`)}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDateTime(token.expiresAt, locale)}</Table.Td>
                    <Table.Td>
                      {token.lastUsedAt
                        ? formatDateTime(token.lastUsedAt, locale)
                        : t('admin.tokens.neverUsed')}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={token.isActive ? 'green' : 'gray'}>
                        {token.revokedAt
                          ? t('admin.tokens.revoked')
                          : token.isActive
                            ? t('admin.users.active')
                            : t('admin.users.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {!token.revokedAt && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          color="red"
                          disabled={runner.isRunning}
                          onClick={() => void runner.run(RevokeApiTokenMutation, { id: token.id })}
                        >
                          {t('admin.tokens.revoke')}
                        </Button>
                      )}
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

      {isCreating && <CreateApiTokenDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}
