import { validationError } from './errors';

/**
 * ISO 4217 minor units of the currencies Arus accepts. Intl's digits are not used on purpose:
 * CLDR gives IDR 0 digits (cash practice), while invoices are kept to the ISO unit of 2.
 */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  AUD: 2,
  CNY: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  IDR: 2,
  INR: 2,
  JPY: 0,
  KRW: 0,
  MYR: 2,
  PHP: 2,
  SGD: 2,
  THB: 2,
  USD: 2,
  VND: 0,
};

export const SUPPORTED_CURRENCIES = Object.keys(MINOR_UNITS);

export function isSupportedCurrency(code: string): boolean {
  return Object.hasOwn(MINOR_UNITS, code);
}

export function minorUnitOf(currency: string): number {
  const digits = MINOR_UNITS[currency];
  if (digits === undefined) {
    throw new Error(`Unsupported currency ${currency}`);
  }
  return digits;
}

export function assertCurrency(field: string, code: string): string {
  if (!isSupportedCurrency(code)) {
    throw validationError(
      field,
      `Currency "${code}" is not supported; use one of ${SUPPORTED_CURRENCIES.join(', ')}.`,
    );
  }
  return code;
}
