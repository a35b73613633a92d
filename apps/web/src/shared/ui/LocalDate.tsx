import { formatDate } from '../format';
import { useLanguage } from '../i18n/useLanguage';

export function LocalDate({ value }: { value: string }) {
  const { locale } = useLanguage();

  return <time dateTime={value}>{formatDate(value, locale)}</time>;
}
