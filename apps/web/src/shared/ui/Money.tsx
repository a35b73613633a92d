import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatMoney } from '../format';
import { useLanguage } from '../i18n/useLanguage';

interface MoneyProps extends TextProps {
  /** Null when the viewer's role may not see money. */
  amount: string | null | undefined;
  currency: string;
}

export function Money({ amount, currency, ...textProps }: MoneyProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();

  if (amount == null) {
    return (
      <Text span c="dimmed" title={t('common.hiddenAmount')} {...textProps}>
        {t('common.empty')}
      </Text>
    );
  }

  return (
    <Text span ff="monospace" style={{ whiteSpace: 'nowrap' }} {...textProps}>
      {formatMoney(amount, currency, locale)}
    </Text>
  );
}
