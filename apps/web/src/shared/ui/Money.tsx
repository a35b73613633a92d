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
      <Text span {...textProps} c="dimmed" title={t('common.hiddenAmount')}>
        {t('common.empty')}
      </Text>
    );
  }

  return (
    // Tabular figures keep the digits of amounts in a column aligned.
    <Text span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} {...textProps}>
      {formatMoney(amount, currency, locale)}
    </Text>
  );
}
