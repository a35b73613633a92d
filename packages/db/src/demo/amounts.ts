import { minorUnitOf } from '@arus/domain';

import type { Random } from './random';

/**
 * Demo money is drawn in whole units of the currency and kept as bigint minor units from then
 * on, so that splits add up to the order total to the last sen, as DOMAIN.md requires.
 */
function minorOf(currency: string, major: number): bigint {
  return BigInt(major) * 10n ** BigInt(minorUnitOf(currency));
}

/** Quotes are priced in round figures: IDR 500,000 or USD 100 steps. */
export function quoteStep(currency: string): bigint {
  return minorOf(currency, currency === 'IDR' ? 500_000 : 100);
}

/** Invoice parts are rounded to IDR 1,000 or USD 1, as finance teams do. */
export function billingStep(currency: string): bigint {
  return minorOf(currency, currency === 'IDR' ? 1_000 : 1);
}

/** A project's value, spread evenly on a log scale between a small job and a large one. */
export function drawProjectValue(random: Random, currency: string): bigint {
  const [low, high] = currency === 'IDR' ? [25_000_000, 900_000_000] : [4_000, 90_000];
  const major = Math.exp(Math.log(low) + random.next() * (Math.log(high) - Math.log(low)));
  return roundTo(minorOf(currency, Math.round(major)), quoteStep(currency));
}

/** `amount × factor`, rounded to `step` and held at `minimum` or more. */
export function scaleAmount(amount: bigint, factor: number, step: bigint, minimum = step): bigint {
  const scaled = roundTo(BigInt(Math.round(Number(amount) * factor)), step);
  return scaled < minimum ? minimum : scaled;
}

export function minimumChangeRequest(currency: string): bigint {
  return minorOf(currency, currency === 'IDR' ? 10_000_000 : 1_000);
}

/**
 * Splits `total` by relative weights into parts rounded down to `step`; the last part takes
 * what is left, so the parts always add up to the total exactly.
 */
export function splitAmount(total: bigint, weights: readonly number[], step: bigint): bigint[] {
  const weightSum = BigInt(weights.reduce((sum, weight) => sum + weight, 0));
  const parts = weights.map((weight) => ((total * BigInt(weight)) / weightSum / step) * step);
  const allButLast = parts.slice(0, -1).reduce((sum, part) => sum + part, 0n);
  parts[parts.length - 1] = total - allButLast;
  return parts;
}

function roundTo(amount: bigint, step: bigint): bigint {
  return ((amount + step / 2n) / step) * step;
}
