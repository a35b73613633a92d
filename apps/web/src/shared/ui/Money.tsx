import { Text, Tooltip, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useAccess } from '../access/access';
import { formatMoney } from '../format';
import { useLanguage } from '../i18n/useLanguage';

interface MoneyProps extends TextProps {
  /** Null when the viewer's role may not see money, or when no amount was ever set. */
  amount: string | null | undefined;
  currency: string;
}

export function Money({ amount, currency, ...textProps }: MoneyProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { seesMoney } = useAccess();

  if (amount == null && !seesMoney) {
    const hidden = t('common.hiddenAmount');

    return (
      <Tooltip label={hidden} withArrow>
        {/* Focusable, so keyboard users reach the tooltip too; the label names the dash. */}
        <Text span {...textProps} c="dimmed" tabIndex={0} aria-label={hidden}>
          {t('common.empty')}
        </Text>
      </Tooltip>
    );
  }

  if (amount == null) {
    return (
      <Text span {...textProps} c="dimmed">
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
