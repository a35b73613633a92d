import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { errorCodeOf } from '../../shared/apollo/errorCode';
import { ErrorState, LoadingState } from '../../shared/ui';
import { useAccess, useCanWrite } from '../../shared/access/access';
import { AccountTimeZoneProvider } from '../../shared/timeZone/AccountTimeZone';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { ProjectFormDialog } from '../projects/ProjectFormDialog';
import { AccountKpis } from './AccountKpis';
import { AccountQuery } from './account.operations';
import { AccountSummary } from './AccountSummary';
import { ProjectCard } from './ProjectCard';

export function AccountPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { reads } = useAccess();
  const { data, loading, error, refetch } = useQuery(AccountQuery, {
    variables: {
      code,
      withQuotes: reads.includes('Quote'),
      withOrders: reads.includes('SalesOrder'),
      withInvoices: reads.includes('Invoice'),
    },
  });
  const mayAddProject = useCanWrite('PROJECTS');
  usePageTitle(data?.customer?.name ?? code);
  const [isAddingProject, setAddingProject] = useState(false);

  const back = (
    <Anchor component={Link} to="/customers" size="sm">
      {t('account.back')}
    </Anchor>
  );

  if (loading && !data) return <LoadingState />;

  // The API answers null for an unknown code; it may also say NOT_FOUND outright.
  const isNotFound = (!error && data?.customer == null) || errorCodeOf(error) === 'NOT_FOUND';

  if (isNotFound) {
    return (
      <Stack gap="md">
        {back}
        <Alert color="yellow" variant="light" title={t('account.notFoundTitle')}>
          {t('account.notFound', { code })}
        </Alert>
      </Stack>
    );
  }

  // Another account manager's account: nothing to try again, only someone else to ask.
  if (errorCodeOf(error) === 'FORBIDDEN') {
    return (
      <Stack gap="md">
        {back}
        <Alert color="yellow" variant="light" title={t('account.forbiddenTitle')}>
          {t('account.forbidden')}
        </Alert>
      </Stack>
    );
  }

  if (error || !data?.customer) {
    return (
      <Stack gap="md">
        {back}
        <ErrorState
          error={error ?? { message: t('common.errorTitle') }}
          onRetry={() => void refetch()}
        />
      </Stack>
    );
  }

  const { customer } = data;

  return (
    <AccountTimeZoneProvider timeZone={customer.timeZone}>
      <Stack gap="lg">
        {back}
        <AccountSummary customer={customer} />
        <AccountKpis customerId={customer.id} />

        <Stack gap="md">
          <Group justify="space-between">
            <Title order={3}>{t('account.projects')}</Title>
            {mayAddProject && (
              <Button size="xs" onClick={() => setAddingProject(true)}>
                {t('projectForm.createTitle')}
              </Button>
            )}
          </Group>
          {customer.projects.length === 0 ? (
            <Text c="dimmed">{t('account.noProjects')}</Text>
          ) : (
            customer.projects.map((project) => <ProjectCard key={project.id} project={project} />)
          )}
        </Stack>

        {isAddingProject && (
          <ProjectFormDialog
            customerId={customer.id}
            currency={customer.currency}
            onClose={() => setAddingProject(false)}
          />
        )}
      </Stack>
    </AccountTimeZoneProvider>
  );
}
