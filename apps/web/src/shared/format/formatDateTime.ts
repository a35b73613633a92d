/**
 * Formats an instant as the wall-clock time in the given IANA zone: the account's for what happened
 * to an account, so everyone reading its history sees the same times. Without a zone, the reader's
 * own (an API token's expiry, a password link's).
 */
export function formatDateTime(instant: string, locale: string, timeZone?: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;

  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}
