const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a calendar date (YYYY-MM-DD) as that same day for the reader's locale. The date is
 * already the account's local day, so it must not be shifted by the browser's time zone: it is
 * built and printed in UTC.
 */
export function formatDate(localDate: string, locale: string): string {
  const match = localDatePattern.exec(localDate);
  if (!match) return localDate;

  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));

  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
