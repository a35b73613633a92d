import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CustomerRowFragment } from '../../gql/graphql';
import { Money } from '../../shared/ui';

const nameStyle = { overflowWrap: 'anywhere' } as const;

interface CustomerTableProps {
  customers: CustomerRowFragment[];
}

export function CustomerTable({ customers }: CustomerTableProps) {
  const { t } = useTranslation();

  if (customers.length === 0) return <Text c="dimmed">{t('customers.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.columns.code')}</Table.Th>
            <Table.Th>{t('customers.columns.name')}</Table.Th>
            <Table.Th>{t('customers.columns.accountManager')}</Table.Th>
            <Table.Th ta="right">{t('customers.columns.openAmount')}</Table.Th>
            <Table.Th ta="right">{t('customers.columns.overdueAmount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((customer) => (
            <Table.Tr key={customer.id}>
              <Table.Td>
                <Anchor component={Link} to={`/customers/${encodeURIComponent(customer.code)}`}>
                  {customer.code}
                </Anchor>
              </Table.Td>
              <Table.Td maw={360}>
                {/* Long names wrap anywhere, even without spaces, and stop at two lines. */}
                <Text size="sm" lineClamp={2} title={customer.name} style={nameStyle}>
                  {customer.name}
                </Text>
              </Table.Td>
              <Table.Td>{customer.accountManager.name}</Table.Td>
              <Table.Td ta="right">
                <Money amount={customer.openAmount} currency={customer.currency} />
              </Table.Td>
              <Table.Td ta="right">
                <Money
                  amount={customer.overdueAmount}
                  currency={customer.currency}
                  c={isPositive(customer.overdueAmount) ? 'red.7' : undefined}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function isPositive(amount: string | null): boolean {
  return amount != null && !amount.startsWith('-') && /[1-9]/.test(amount);
}
