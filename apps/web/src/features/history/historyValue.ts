import type { TFunction } from 'i18next';

import { formatDate, formatMoney, formatPercent } from '../../shared/format';
import type { HistoryKind } from './historyQueries';

// Money fields carry exact decimals in the document's currency; billingPlan is a text summary.
const moneyFields = new Set(['total', 'amount', 'budget', 'deliveryCost']);
const dateFields = new Set(['validUntil', 'deliveredOn', 'deadline']);
const moneyPattern = /^-?\d+(\.\d+)?$/;

interface ValueContext {
  kind: HistoryKind;
  currency: string;
  locale: string;
  t: TFunction;
}

/** One side of a change ("from" or "to") as a reader expects it: money, a day, a status. */
export function formatHistoryValue(
  event: { action: string; field?: string | null },
  value: string,
  { kind, currency, locale, t }: ValueContext,
): string {
  const field = event.field ?? '';

  if (moneyFields.has(field) && moneyPattern.test(value)) {
    return formatMoney(value, currency, locale);
  }
  if (dateFields.has(field) || event.action === 'DEADLINE_MOVED') return formatDate(value, locale);
  if (field === 'progress' && /^\d+$/.test(value))
    return formatPercent(Number(value) / 100, locale);

  // Customers and projects have no status; a status the UI does not know keeps its API name.
  if (event.action === 'STATUS_CHANGED' && kind !== 'customer' && kind !== 'project') {
    return t(`status.${kind}.${value}` as never, { defaultValue: value });
  }

  return value;
}

/** A field's name in the reader's language; a field the UI does not know keeps its API name. */
export function historyFieldName(field: string, t: TFunction): string {
  return t(`history.fields.${field}` as never, { defaultValue: field });
}
