import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ErrorStateProps {
  error: { message: string };
  title?: string;
  onRetry?: () => void;
}

export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  // Without a GraphQL answer the request never got through (offline, server down, a proxy error):
  // the browser's own message ("Failed to fetch") tells a person nothing they can act on.
  const isUnreachable = error instanceof Error && !CombinedGraphQLErrors.is(error);

  return (
    <Alert
      color="red"
      variant="light"
      title={isUnreachable ? t('common.offlineTitle') : (title ?? t('common.errorTitle'))}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{isUnreachable ? t('common.offline') : error.message}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
