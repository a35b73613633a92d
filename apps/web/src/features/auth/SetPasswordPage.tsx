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
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { refusalOf, stringExtension } from '../../shared/apollo/refusal';
import { LanguageSwitch, RefusalAlert } from '../../shared/ui';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { SetPasswordMutation } from './auth.operations';

/** The API's own minimum, checked here first so people learn it before sending. */
export const minPasswordLength = 12;

// The secret travels in the fragment (#token=…): browsers never send it to a server or in a
// Referer header, so it stays out of access logs.
function tokenFrom(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() ?? '';
}

function isLinkRefused(error: unknown): boolean {
  const refusal = refusalOf(error);
  return refusal.code === 'VALIDATION' && stringExtension(refusal, 'field') === 'token';
}

export function SetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('setPassword.title'));
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [token] = useState(() => tokenFrom(location.hash));
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [isValidated, setValidated] = useState(false);
  const [setPasswordWithLink, { loading, error }] = useMutation(SetPasswordMutation);

  // Once read, the secret leaves the address bar, so it is not left in the browser's history.
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname }, { replace: true });
  }, [location.hash, location.pathname, navigate]);

  const tooShort = password.length < minPasswordLength;
  const mismatch = password !== repeat;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setValidated(true);
    if (!token || tooShort || mismatch || loading) return;

    try {
      await setPasswordWithLink({ variables: { token, password } });
    } catch {
      // The hook keeps the error for rendering.
      return;
    }

    // The new session replaces whatever this browser had cached before.
    await client.clearStore();
    await navigate('/customers', { replace: true });
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="lg">
        <Group justify="space-between">
          <Title order={2}>{t('app.name')}</Title>
          <LanguageSwitch />
        </Group>

        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Stack>
              <Title order={3}>{t('setPassword.title')}</Title>
              {!token && (
                <Alert
                  color="red"
                  variant="light"
                  title={t('setPassword.noTokenTitle')}
                  role="alert"
                >
                  {t('setPassword.noToken')}
                </Alert>
              )}
              {error && isLinkRefused(error) ? (
                <Alert
                  color="red"
                  variant="light"
                  title={t('setPassword.linkRefusedTitle')}
                  role="alert"
                >
                  <Text size="sm">{refusalOf(error).message}</Text>
                </Alert>
              ) : (
                <RefusalAlert error={error} />
              )}
              <Text size="sm" c="dimmed">
                {t('setPassword.hint', { count: minPasswordLength })}
              </Text>
              <PasswordInput
                visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
                label={t('setPassword.password')}
                autoComplete="new-password"
                required
                error={
                  isValidated && tooShort
                    ? t('setPassword.tooShort', { count: minPasswordLength })
                    : undefined
                }
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              <PasswordInput
                visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
                label={t('setPassword.repeat')}
                autoComplete="new-password"
                required
                error={isValidated && mismatch ? t('setPassword.mismatch') : undefined}
                value={repeat}
                onChange={(event) => setRepeat(event.currentTarget.value)}
              />
              <Button type="submit" loading={loading} disabled={!token} fullWidth>
                {t('setPassword.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
