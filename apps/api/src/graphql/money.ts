import { formatAmount, parseStoredAmount } from '@arus/domain';

import { maskMoney } from '../modules/access/policy';
import type { Viewer } from './context';

/** A stored `numeric` as the API's Decimal: the currency's minor unit, masked for the viewer. */
export function moneyOut(viewer: Viewer, stored: string, currency: string): string | null {
  return maskMoney(viewer, storedAmountText(stored, currency));
}

/** A stored `numeric` in the currency's own form ("50000000.0000" → "50000000.00"). */
export function storedAmountText(stored: string, currency: string): string {
  return formatAmount(parseStoredAmount(stored, currency), currency);
}

export function sumStored(values: string[], currency: string): bigint {
  return values.reduce((sum, value) => sum + parseStoredAmount(value, currency), 0n);
}
