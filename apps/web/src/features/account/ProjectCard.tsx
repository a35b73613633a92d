import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProjectDetailsFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { useCanRead, useCanWrite } from '../../shared/access/access';
import { DocumentHistory } from '../history/DocumentHistory';
import { ProjectActions } from '../projects/ProjectActions';
import { ProjectFacts } from '../projects/ProjectFacts';
import { QuoteFormDialog } from '../quotes/QuoteFormDialog';
import { QuoteTable } from './QuoteTable';
import { SalesOrderCard } from './SalesOrderCard';

interface ProjectCardProps {
  project: ProjectDetailsFragment;
}

export function ProjectCard({ project }: ProjectCardProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const mayQuote = useCanWrite('QUOTES');
  const readsQuotes = useCanRead('Quote');
  const readsOrders = useCanRead('SalesOrder');
  const [isQuoting, setQuoting] = useState(false);

  return (
    <Card withBorder shadow="xs" padding="lg" component="section" aria-label={project.name}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text size="sm" c="dimmed" ff="monospace">
              {project.code}
            </Text>
            <Title order={3}>{project.name}</Title>
          </Stack>
          <Stack gap={4} align="flex-end">
            <Text size="sm">
              {t('account.deadlineOn', { date: formatDate(project.deadline, locale) })}
            </Text>
            {project.deliveredOn ? (
              <Badge color="green" variant="light">
                {t('account.deliveredOn', { date: formatDate(project.deliveredOn, locale) })}
              </Badge>
            ) : (
              <Badge color="gray" variant="light">
                {t('account.notDelivered')}
              </Badge>
            )}
          </Stack>
        </Group>

        <ProjectFacts project={project} />
        <ProjectActions project={project} />

        {/* A section the role does not read is left out rather than shown empty. */}
        {readsQuotes && (
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={4}>{t('account.quotes')}</Title>
              {mayQuote && (
                <Button size="xs" variant="light" onClick={() => setQuoting(true)}>
                  {t('quoteForm.createTitle')}
                </Button>
              )}
            </Group>
            <QuoteTable quotes={project.quotes ?? []} />
          </Stack>
        )}

        {readsOrders && (
          <Stack gap="xs">
            <Title order={4}>{t('account.salesOrders')}</Title>
            {!project.salesOrders?.length ? (
              <Text size="sm" c="dimmed">
                {t('account.noSalesOrders')}
              </Text>
            ) : (
              project.salesOrders.map((order) => (
                <SalesOrderCard
                  key={order.id}
                  order={order}
                  isProjectDelivered={project.deliveredOn != null}
                />
              ))
            )}
          </Stack>
        )}

        <DocumentHistory kind="project" id={project.id} currency={project.currency} />
        {isQuoting && (
          <QuoteFormDialog
            projectId={project.id}
            currency={project.currency}
            onClose={() => setQuoting(false)}
          />
        )}
      </Stack>
    </Card>
  );
}
