import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface AccountSummaryProps {
  customer: {
    code: string;
    name: string;
    currency: string;
    timeZone: string;
    accountManager: { name: string };
  };
}

export function AccountSummary({ customer }: AccountSummaryProps) {
  const { t } = useTranslation();

  const facts = [
    { label: t('account.accountManager'), value: customer.accountManager.name },
    { label: t('account.currency'), value: customer.currency },
    { label: t('account.timeZone'), value: customer.timeZone },
  ];

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2}>{customer.name}</Title>
          <Badge variant="outline" size="lg" ff="monospace">
            {customer.code}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {facts.map((fact) => (
            <Stack gap={0} key={fact.label}>
              <Text size="xs" c="dimmed" tt="uppercase">
                {fact.label}
              </Text>
              <Text fw={500}>{fact.value}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
