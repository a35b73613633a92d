import { minorUnitsOf } from './minorUnits';

const decimalPattern = /^([+-])?(\d+)(?:\.(\d*))?$/;

interface ExactDecimal {
  isNegative: boolean;
  integer: bigint;
  fraction: string;
}

// Rounds half away from zero on the digits themselves, so no amount ever passes through a float.
function toMinorUnits(amount: string, digits: number): ExactDecimal {
  const match = decimalPattern.exec(amount.trim());
  if (!match) throw new RangeError(`Not a decimal amount: "${amount}"`);

  const [, sign = '', integerDigits = '0', fractionDigits = ''] = match;
  const kept = fractionDigits.slice(0, digits).padEnd(digits, '0');
  const roundsUp = (fractionDigits[digits] ?? '0') >= '5';
  const scaled = BigInt(integerDigits + kept) + (roundsUp ? 1n : 0n);

  const scale = 10n ** BigInt(digits);
  const integer = scaled / scale;
  const fraction = digits === 0 ? '' : (scaled % scale).toString().padStart(digits, '0');

  return { isNegative: sign === '-' && scaled !== 0n, integer, fraction };
}

/**
 * Formats an exact decimal string (as the API sends money) in the currency's ISO minor unit.
 * Intl does the locale work (symbol, grouping, sign position) on the whole-unit part, and the
 * fraction digits are put back verbatim, so amounts beyond Number's 15–17 significant digits
 * stay exact.
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  const digits = minorUnitsOf(currency);
  const { isNegative, integer, fraction } = toMinorUnits(amount, digits);

  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

  // A negative amount under one unit (-0.50) has a whole part of zero, and BigInt has no -0;
  // Number's -0 keeps the sign and is exact for a zero.
  const whole = integer === 0n ? (isNegative ? -0 : 0) : isNegative ? -integer : integer;

  return formatter
    .formatToParts(whole)
    .map((part) => (part.type === 'fraction' ? fraction : part.value))
    .join('');
}
