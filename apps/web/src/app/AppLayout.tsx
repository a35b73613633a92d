import { useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Container, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';

import { AccessProvider } from '../shared/access/access';
import { ViewerQuery } from '../features/auth/auth.operations';
import { UserMenu } from '../features/auth/UserMenu';
import { isUnauthenticated } from '../shared/apollo/isUnauthenticated';
import { ErrorState, LanguageSwitch, LoadingState } from '../shared/ui';

export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ViewerQuery);

  const signIn = (
    <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />
  );

  if (loading && !data) return <LoadingState />;

  if (isUnauthenticated(error)) return signIn;

  if (error) {
    return (
      <Container size="sm" py="xl">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </Container>
    );
  }

  const viewer = data?.viewer;
  if (!data || !viewer) return signIn;

  return (
    <AccessProvider access={data.viewerAccess}>
      {/* On a phone the header takes two rows, so the language switch and Sign out stay on screen. */}
      <AppShell header={{ height: { base: 96, sm: 60 } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" py={4} justify="space-between" wrap="wrap" gap={4}>
            <Group gap="lg" wrap="nowrap">
              <Anchor component={Link} to="/customers" underline="never" c="inherit">
                <Title order={3}>{t('app.name')}</Title>
              </Anchor>
              <Anchor component={NavLink} to="/customers" size="sm">
                {t('nav.customers')}
              </Anchor>
              {data.viewerAccess.writes.includes('USERS') && (
                <Anchor component={NavLink} to="/admin" size="sm">
                  {t('nav.admin')}
                </Anchor>
              )}
            </Group>
            <Group gap="md" wrap="nowrap">
              <LanguageSwitch />
              <UserMenu name={viewer.name} role={viewer.role} />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Main bg="gray.0">
          <Container size="xl">
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </AccessProvider>
  );
}
