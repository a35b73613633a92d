import { validationError } from './errors';

/** A calendar day `YYYY-MM-DD`, read in some time zone; compared as text. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

export function parseLocalDate(field: string, text: string): LocalDate {
  if (!isLocalDate(text)) {
    throw validationError(field, `"${text}" is not a calendar date in the form YYYY-MM-DD.`);
  }
  return text;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function assertTimeZone(field: string, zone: string): string {
  if (!isTimeZone(zone)) {
    throw validationError(field, `"${zone}" is not an IANA time zone such as Asia/Jakarta.`);
  }
  return zone;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day that `instant` falls on in `zone`. */
export function localDateIn(zone: string, instant: Date): LocalDate {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(zone, format);
  }
  return format.format(instant);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  first.setUTCDate(Math.min(day, lastDay.getUTCDate()));
  return first.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; positive when `to` is later. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** A closed range of days; both ends count. */
export interface Period {
  from: LocalDate;
  to: LocalDate;
}

export function isWithin(date: LocalDate, period: Period): boolean {
  return date >= period.from && date <= period.to;
}
