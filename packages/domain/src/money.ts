import { minorUnitOf } from './currency';
import { validationError } from './errors';

/**
 * Money is kept as an integer count of the currency's minor unit (cents, sen), so sums and
 * splits are exact. Amounts of different currencies are never added: see sumByCurrency.
 */
export interface Money {
  minor: bigint;
  currency: string;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Amounts are stored as numeric(19, 4): whole units stay below 10^15. */
const MAX_AMOUNT_WHOLE = 10n ** 15n;

/**
 * Reads a decimal string typed by a person or a partner app. More decimals than the currency
 * has are refused rather than rounded: a silently rounded amount is a wrong invoice.
 */
export function parseAmount(field: string, text: string, currency: string): bigint {
  const match = DECIMAL.exec(text.trim());
  if (!match) {
    throw validationError(field, `"${text}" is not a decimal amount such as 1250000.00.`);
  }
  const [, sign, whole, fraction = ''] = match;
  const digits = minorUnitOf(currency);
  if (fraction.length > digits) {
    throw validationError(
      field,
      `${currency} amounts have ${digits} decimal place${digits === 1 ? '' : 's'}; "${text}" has ${fraction.length}.`,
    );
  }
  const minor = BigInt(`${whole}${fraction.padEnd(digits, '0')}`);
  if (minor >= MAX_AMOUNT_WHOLE * 10n ** BigInt(digits)) {
    throw validationError(
      field,
      `${text} is too large: amounts stay below ${MAX_AMOUNT_WHOLE.toLocaleString('en-US')} ${currency}.`,
    );
  }
  return sign === '-' ? -minor : minor;
}

/**
 * Reads a `numeric` value stored by PostgreSQL. The column keeps more scale than any currency
 * needs, so trailing zeros are dropped; a non-zero digit past the minor unit means the row was
 * written around the API and is a bug, not an input error.
 */
export function parseStoredAmount(text: string, currency: string): bigint {
  const match = DECIMAL.exec(text);
  if (!match) throw new Error(`Stored amount "${text}" is not a decimal`);
  const [, sign, whole, fraction = ''] = match;
  const digits = minorUnitOf(currency);
  const kept = fraction.replace(/0+$/, '');
  if (kept.length > digits) {
    throw new Error(`Stored amount ${text} has more precision than ${currency} allows`);
  }
  const minor = BigInt(`${whole}${kept.padEnd(digits, '0')}`);
  return sign === '-' ? -minor : minor;
}

/** The exact decimal string of API.md's `Decimal`: "1250000.00" for IDR, "1500" for JPY. */
export function formatAmount(minor: bigint, currency: string): string {
  const digits = minorUnitOf(currency);
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

/** Adds amounts per currency; the result is ordered by currency code. */
export function sumByCurrency(amounts: Iterable<Money>): Money[] {
  const totals = new Map<string, bigint>();
  for (const { minor, currency } of amounts) {
    totals.set(currency, (totals.get(currency) ?? 0n) + minor);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => ({ currency, minor }));
}

/** An amount as a sentence shows it: "IDR 131,358,024.82" (messages are in English). */
export function describeAmount(minor: bigint, currency: string): string {
  const [whole = '', fraction] = formatAmount(minor, currency).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
