import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { AccountDirectoryQuery } from '../../gql/graphql';

export type DirectoryEntry = AccountDirectoryQuery['accountDirectory']['edges'][number]['node'];

// Long names wrap anywhere, even without spaces, and stop at two lines.
const nameStyle = { overflowWrap: 'anywhere' } as const;

interface AccountDirectoryTableProps {
  entries: DirectoryEntry[];
  /** Whether the viewer may open this account; the others are listed without a link. */
  canOpen: (entry: DirectoryEntry) => boolean;
}

/** Every account's code, name and owner: who to ask about an account one cannot open. */
export function AccountDirectoryTable({ entries, canOpen }: AccountDirectoryTableProps) {
  const { t } = useTranslation();

  if (entries.length === 0) return <Text c="dimmed">{t('customers.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="sm" aria-label={t('customers.tabs.directory')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.columns.code')}</Table.Th>
            <Table.Th>{t('customers.columns.name')}</Table.Th>
            <Table.Th>{t('customers.columns.accountManager')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                {canOpen(entry) ? (
                  <Anchor component={Link} to={`/customers/${encodeURIComponent(entry.code)}`}>
                    {entry.code}
                  </Anchor>
                ) : (
                  <Text span c="dimmed">
                    {entry.code}
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={360}>
                <Text size="sm" lineClamp={2} title={entry.name} style={nameStyle}>
                  {entry.name}
                </Text>
              </Table.Td>
              <Table.Td>{entry.accountManager.name}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
