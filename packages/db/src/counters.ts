import { sql } from 'drizzle-orm';

import { counterKey, formatCode, type CodeSeries } from '@arus/domain';

import type { Executor } from './client';
import { codeCounters } from './schema';

/**
 * Draws the next code of a series inside the caller's transaction. The counter row stays locked
 * until that transaction ends, so concurrent writers queue, and a rolled-back write gives its
 * number back: numbers have no gaps and are never reused.
 */
export async function nextCode(tx: Executor, series: CodeSeries, year: number): Promise<string> {
  const [row] = await tx
    .insert(codeCounters)
    .values({ key: counterKey(series, year), lastValue: 1 })
    .onConflictDoUpdate({
      target: codeCounters.key,
      set: { lastValue: sql`${codeCounters.lastValue} + 1` },
    })
    .returning({ value: codeCounters.lastValue });
  if (!row) throw new Error(`Counter ${series} returned no row`);
  return formatCode(series, year, row.value);
}
