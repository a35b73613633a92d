/**
 * Human-readable document codes. Each series counts up without gaps and never reuses a number;
 * the yearly ones restart every calendar year (PRJ-2026-0001, INV-2026-00001).
 */
export const CODE_SERIES = {
  CUSTOMER: { prefix: 'CUS', yearly: false, width: 6 },
  PROJECT: { prefix: 'PRJ', yearly: true, width: 4 },
  QUOTE: { prefix: 'QUO', yearly: true, width: 5 },
  SALES_ORDER: { prefix: 'SO', yearly: true, width: 5 },
  INVOICE: { prefix: 'INV', yearly: true, width: 5 },
} as const;

export type CodeSeries = keyof typeof CODE_SERIES;

/** The counter a code is drawn from: one per series, and per year for yearly series. */
export function counterKey(series: CodeSeries, year: number): string {
  return CODE_SERIES[series].yearly ? `${series}:${year}` : series;
}

export function formatCode(series: CodeSeries, year: number, sequence: number): string {
  const { prefix, yearly, width } = CODE_SERIES[series];
  const number = String(sequence).padStart(width, '0');
  return yearly ? `${prefix}-${year}-${number}` : `${prefix}-${number}`;
}
