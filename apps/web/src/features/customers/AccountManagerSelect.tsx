import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useViewer } from '../auth/useViewer';
import { AccountManagersQuery } from './customers.operations';

interface AccountManagerSelectProps {
  value: string;
  onChange: (userId: string) => void;
  error?: string;
}

/**
 * The owner of a new account, among the active account managers and admins. An account manager
 * may only create accounts they own, so they are offered themselves alone.
 */
export function AccountManagerSelect({ value, onChange, error }: AccountManagerSelectProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error: loadError } = useQuery(AccountManagersQuery);
  const isOwnOnly = viewer?.role === 'ACCOUNT_MANAGER';

  const people = data?.accountManagers ?? [];
  const offered = isOwnOnly ? people.filter((person) => person.id === viewer.id) : people;
  const options = offered.map((person) => ({
    value: person.id,
    label: `${person.name} (${t(`role.${person.role}`)})`,
  }));

  return (
    <NativeSelect
      label={t('customerForm.accountManager')}
      description={isOwnOnly ? t('customerForm.accountManagerOwnHint') : undefined}
      required
      disabled={loading || isOwnOnly}
      error={loadError?.message ?? error}
      value={value}
      data={[{ value: '', label: t('customerForm.accountManagerPick') }, ...options]}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
