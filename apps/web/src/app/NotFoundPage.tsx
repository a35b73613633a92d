import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { usePageTitle } from '../shared/ui/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));

  return (
    <Alert color="yellow" variant="light" title={t('notFound.title')}>
      <Anchor component={Link} to="/customers" size="sm">
        {t('account.back')}
      </Anchor>
    </Alert>
  );
}
