import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useCanWrite } from '../../shared/access/access';
import { EditCustomerDialog, type EditableCustomer } from '../customers/EditCustomerDialog';
import { DocumentHistory } from '../history/DocumentHistory';

interface AccountSummaryProps {
  customer: EditableCustomer & {
    code: string;
    currency: string;
    accountManager: { name: string };
  };
}

export function AccountSummary({ customer }: AccountSummaryProps) {
  const { t } = useTranslation();
  const mayEdit = useCanWrite('CUSTOMERS');
  const [isEditing, setEditing] = useState(false);

  const facts = [
    { label: t('account.accountManager'), value: customer.accountManager.name },
    { label: t('account.currency'), value: customer.currency },
    { label: t('account.timeZone'), value: customer.timeZone },
    { label: t('account.email'), value: customer.email || t('common.empty') },
    { label: t('account.taxId'), value: customer.taxId || t('common.empty') },
  ];

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={2} style={{ overflowWrap: 'anywhere' }}>
              {customer.name}
            </Title>
            <Badge variant="outline" size="lg" ff="monospace">
              {customer.code}
            </Badge>
          </Group>
          {mayEdit && (
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('customerForm.edit')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {facts.map((fact) => (
            <Stack gap={0} key={fact.label}>
              <Text size="xs" c="dimmed" tt="uppercase">
                {fact.label}
              </Text>
              <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                {fact.value}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <DocumentHistory kind="customer" id={customer.id} currency={customer.currency} />
      </Stack>
      {/* Mounted only while open, so each opening starts from the values on screen. */}
      {isEditing && (
        <EditCustomerDialog customer={customer} opened onClose={() => setEditing(false)} />
      )}
    </Paper>
  );
}
