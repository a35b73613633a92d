import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { errorCodeOf } from '../../shared/apollo/errorCode';
import { LanguageSwitch } from '../../shared/ui';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { LoginMutation } from './auth.operations';

function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only paths inside the app, so a crafted link cannot send a fresh session elsewhere.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')
    ? from
    : '/customers';
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.title'));
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    try {
      await login({ variables: { email: email.trim(), password } });
    } catch {
      // The hook keeps the error for rendering; nothing else to do here.
      return;
    }

    // Whatever was cached belonged to the previous session (or to nobody).
    await client.clearStore();
    await navigate(redirectTarget(location.state), { replace: true });
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={400} gap="lg">
        <Group justify="space-between">
          <Stack gap={0}>
            <Title order={2}>{t('app.name')}</Title>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </Stack>
          <LanguageSwitch />
        </Group>

        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={3}>{t('auth.title')}</Title>
              {error && (
                <Alert
                  color="red"
                  variant="light"
                  // Too many failed attempts is not a wrong password: say so, with the API's way out.
                  title={
                    errorCodeOf(error) === 'RATE_LIMITED'
                      ? t('auth.rateLimitedTitle')
                      : t('auth.failedTitle')
                  }
                  role="alert"
                >
                  {error.message}
                </Alert>
              )}
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
              />
              <PasswordInput
                visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
                label={t('auth.password')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('auth.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>

        <Text size="sm" c="dimmed" ta="center">
          {t('auth.demoHint')}
        </Text>
      </Stack>
    </Center>
  );
}
