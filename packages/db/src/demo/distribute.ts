import type { Random } from './random';

export interface Slot {
  min: number;
  max: number;
  /** A first guess; the spread moves it by as little as needed to reach the total. */
  initial: number;
}

/**
 * Adjusts per-item counts, each within its own bounds, until they add up to `total` exactly:
 * the demo promises exact row counts (40 customers, 300 quotes, 400 invoices per unit of scale)
 * while each record still gets a plausible number of children.
 */
export function distribute(random: Random, slots: readonly Slot[], total: number): number[] {
  const counts = slots.map(({ min, max, initial }) => Math.min(max, Math.max(min, initial)));
  let sum = counts.reduce((a, b) => a + b, 0);
  const order = random.shuffle(slots.map((_, index) => index));

  while (sum !== total) {
    const step = sum < total ? 1 : -1;
    let moved = false;
    for (const index of order) {
      if (sum === total) break;
      const slot = slots[index] as Slot;
      const next = (counts[index] as number) + step;
      if (next < slot.min || next > slot.max) continue;
      counts[index] = next;
      sum += step;
      moved = true;
    }
    if (!moved) {
      throw new Error(`Cannot spread ${total} over ${slots.length} slots within their bounds`);
    }
  }
  return counts;
}
