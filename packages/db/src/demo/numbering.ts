import { counterKey, formatCode, yearOf, type CodeSeries, type LocalDate } from '@arus/domain';

import { demoId } from './ids';
import type { Coded, DemoPortfolio } from './model';

export interface CounterValue {
  key: string;
  lastValue: number;
}

/**
 * Gives every row its code in date order within each yearly series, as if the API had drawn
 * them day by day, with the showcase rows first; then its id, derived from the code. Returns
 * the last number used per counter, so the API's `nextCode` carries on after the demo data.
 */
export function numberPortfolio(portfolio: DemoPortfolio): CounterValue[] {
  const counters = new Map<string, number>();
  numberSeries(counters, 'CUSTOMER', portfolio.customers, (row) => row.createdOn);
  numberSeries(counters, 'PROJECT', portfolio.projects, (row) => row.createdOn);
  numberSeries(counters, 'QUOTE', portfolio.quotes, (row) => row.createdOn);
  numberSeries(counters, 'SALES_ORDER', portfolio.orders, (row) => row.createdOn);
  numberSeries(counters, 'INVOICE', portfolio.invoices, (row) => row.issueDate);
  return [...counters].map(([key, lastValue]) => ({ key, lastValue }));
}

function numberSeries<T extends Coded>(
  counters: Map<string, number>,
  series: CodeSeries,
  rows: readonly T[],
  dateOf: (row: T) => LocalDate,
): void {
  const ordered = rows
    .map((row, index) => ({ row, index, date: dateOf(row) }))
    .sort(
      (a, b) =>
        Number(b.row.isPinned) - Number(a.row.isPinned) ||
        a.date.localeCompare(b.date) ||
        a.index - b.index,
    );
  for (const { row, date } of ordered) {
    const year = yearOf(date);
    const key = counterKey(series, year);
    const sequence = (counters.get(key) ?? 0) + 1;
    counters.set(key, sequence);
    row.code = formatCode(series, year, sequence);
    row.id = demoId(row.code);
  }
}
