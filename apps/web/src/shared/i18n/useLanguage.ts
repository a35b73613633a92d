import { useTranslation } from 'react-i18next';

import { isLanguage, storeLanguage, toIntlLocale, type Language } from './i18n';

export function useLanguage() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';

  const changeLanguage = (next: Language) => {
    storeLanguage(next);
    void i18n.changeLanguage(next);
  };

  return { language, locale: toIntlLocale(language), changeLanguage };
}
