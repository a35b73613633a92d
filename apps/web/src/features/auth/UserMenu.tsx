import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Role } from '../../gql/graphql';
import { useSignOut } from './useSignOut';

interface UserMenuProps {
  name: string;
  role: Role;
}

export function UserMenu({ name, role }: UserMenuProps) {
  const { t } = useTranslation();
  const { signOut, isSigningOut } = useSignOut();

  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" fw={500} aria-label={t('auth.signedInAs', { name })} visibleFrom="xs">
        {name}
      </Text>
      <Badge variant="light" visibleFrom="sm">
        {t(`role.${role}`)}
      </Badge>
      <Button variant="default" size="xs" loading={isSigningOut} onClick={() => void signOut()}>
        {t('auth.signOut')}
      </Button>
    </Group>
  );
}
