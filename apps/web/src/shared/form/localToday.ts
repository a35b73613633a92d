/**
 * Today's calendar date in the browser, as YYYY-MM-DD. Only a starting value for date fields: the
 * API reads every date in the account's time zone and refuses what is not allowed there.
 */
export function localToday(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
