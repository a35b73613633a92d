import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { isLanguage } from '../i18n/i18n';
import { useLanguage } from '../i18n/useLanguage';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, changeLanguage } = useLanguage();

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) changeLanguage(value);
      }}
      data={[
        { value: 'en', label: t('language.en') },
        { value: 'id', label: t('language.id') },
      ]}
    />
  );
}
