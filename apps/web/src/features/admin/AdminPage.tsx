import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useCanWrite } from '../../shared/access/access';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { ApiTokensPanel } from './ApiTokensPanel';
import { ReassignAccountsPanel } from './ReassignAccountsPanel';
import { UsersPanel } from './UsersPanel';

/** Users, account owners and API tokens: everything the USERS right covers. */
export function AdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  const mayAdminister = useCanWrite('USERS');

  return (
    <Stack gap="md">
      <Title order={2}>{t('admin.title')}</Title>
      {mayAdminister ? (
        // Panels mount when opened, so only the one on screen loads its list.
        <Tabs defaultValue="users" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="users">{t('admin.tabs.users')}</Tabs.Tab>
            <Tabs.Tab value="reassign">{t('admin.tabs.reassign')}</Tabs.Tab>
            <Tabs.Tab value="tokens">{t('admin.tabs.tokens')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="users">
            <UsersPanel />
          </Tabs.Panel>
          <Tabs.Panel value="reassign">
            <ReassignAccountsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="tokens">
            <ApiTokensPanel />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Alert color="yellow" variant="light" title={t('refusal.FORBIDDEN')}>
          {t('admin.forbidden')}
        </Alert>
      )}
    </Stack>
  );
}
