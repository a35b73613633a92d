import { useApolloClient } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { refusalOf, stringExtension } from '../apollo/refusal';
import { formatMoney } from '../format';
import { isDecimal } from '../form/isDecimal';
import { useLanguage } from '../i18n/useLanguage';

const knownCodes = [
  'VALIDATION',
  'INVALID_TRANSITION',
  'QUOTE_EXPIRED',
  'OVERBILLED',
  'DUPLICATE',
  'CONFLICT',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
] as const;
type KnownCode = (typeof knownCodes)[number];

function isKnownCode(code: string | undefined): code is KnownCode {
  return (knownCodes as readonly (string | undefined)[]).includes(code);
}

interface RefusalAlertProps {
  error: unknown;
  /** The currency of the document, to show an OVERBILLED billable amount in it. */
  currency?: string;
  /** Replaces reloading the queries on screen, for a form that must start over from fresh data. */
  onReload?: () => void;
  isReloading?: boolean;
}

/** Explains a refused change: a title per error code, the API's own message and what helps next. */
export function RefusalAlert(props: RefusalAlertProps) {
  const { error, currency, onReload, isReloading } = props;
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const client = useApolloClient();

  if (!error) return null;

  const refusal = refusalOf(error);
  const title = isKnownCode(refusal.code) ? t(`refusal.${refusal.code}`) : t('common.errorTitle');
  const billable = stringExtension(refusal, 'billable');
  const existingCode = stringExtension(refusal, 'existingCode');

  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{refusal.message}</Text>
        {refusal.code === 'OVERBILLED' && billable && (
          <Text size="sm" fw={600}>
            {t('refusal.billable', {
              amount:
                currency && isDecimal(billable)
                  ? formatMoney(billable, currency, locale)
                  : billable,
            })}
          </Text>
        )}
        {refusal.code === 'DUPLICATE' && existingCode && (
          <Anchor component={Link} to={`/customers/${encodeURIComponent(existingCode)}`} size="sm">
            {t('refusal.openExisting', { code: existingCode })}
          </Anchor>
        )}
        {refusal.code === 'CONFLICT' && (
          // A stale version cannot be saved; fresh data is the only way forward.
          <Button
            size="xs"
            variant="light"
            color="red"
            loading={isReloading}
            onClick={onReload ?? (() => void client.refetchQueries({ include: 'active' }))}
          >
            {t('refusal.reload')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
