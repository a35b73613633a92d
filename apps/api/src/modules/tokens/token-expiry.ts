import { addDays, addMonths, validationError, type LocalDate } from '@arus/domain';

/** A token lives at most a year, so a forgotten integration does not hold access for ever. */
export const MAX_TOKEN_MONTHS = 12;
export const DEFAULT_TOKEN_DAYS = 90;

/** How far `instant`'s wall clock in `zone` is ahead of UTC, in milliseconds. */
function offsetIn(zone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallClock - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a calendar day begins in a time zone. The second pass corrects for an offset that
 * changes between UTC midnight and local midnight (a daylight-saving switch that day).
 */
export function startOfDayIn(zone: string, date: LocalDate): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const first = utcMidnight - offsetIn(zone, new Date(utcMidnight));
  return new Date(utcMidnight - offsetIn(zone, new Date(first)));
}

/** The day a new token stops working: given, or the default; after today, within a year. */
export function readExpiresOn(expiresOn: LocalDate | null | undefined, today: LocalDate) {
  const day = expiresOn ?? addDays(today, DEFAULT_TOKEN_DAYS);
  const latest = addMonths(today, MAX_TOKEN_MONTHS);
  if (day <= today) {
    throw validationError('input.expiresOn', `Choose a day after today (${today}).`);
  }
  if (day > latest) {
    throw validationError(
      'input.expiresOn',
      `A token lives at most a year: choose ${latest} or earlier, and make a new token then.`,
    );
  }
  return day;
}
