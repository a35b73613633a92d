import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ProjectDetailsFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { QuoteTable } from './QuoteTable';
import { SalesOrderCard } from './SalesOrderCard';

interface ProjectCardProps {
  project: ProjectDetailsFragment;
}

export function ProjectCard({ project }: ProjectCardProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();

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

        <Stack gap="xs">
          <Title order={4}>{t('account.quotes')}</Title>
          <QuoteTable quotes={project.quotes} />
        </Stack>

        <Stack gap="xs">
          <Title order={4}>{t('account.salesOrders')}</Title>
          {project.salesOrders.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('account.noSalesOrders')}
            </Text>
          ) : (
            project.salesOrders.map((order) => <SalesOrderCard key={order.id} order={order} />)
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
