/**
 * Splits `total` minor units into parts proportional to `weights` (non-negative bigints, at least
 * one positive) by the largest-remainder method: each part is floor(total*w/sum) or one more, the
 * leftover units go to the largest remainders (ties: the earlier part), and the parts add up to
 * `total` exactly. `total` may be 0 or positive (negative: throw a RangeError).
 *
 * A zero weight always gets 0: the remainders add up to sum × leftover and each is below sum, so
 * more parts have a remainder than there are leftover units to hand out.
 */
export function allocate(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) {
    throw new RangeError(`Cannot allocate a negative total (${total})`);
  }
  if (weights.some((weight) => weight < 0n)) {
    throw new RangeError(`Cannot allocate by negative weights (${weights.join(', ')})`);
  }
  const sum = weights.reduce((acc, weight) => acc + weight, 0n);
  if (sum === 0n) {
    throw new RangeError('Cannot allocate without at least one positive weight');
  }

  const parts = weights.map((weight) => (total * weight) / sum);
  const remainders = weights.map((weight) => (total * weight) % sum);
  const leftover = total - parts.reduce((acc, part) => acc + part, 0n);

  const byRemainder = weights
    .map((_, index) => index)
    .sort((a, b) => compareDescending(remainders[a]!, remainders[b]!) || a - b);
  for (const index of byRemainder.slice(0, Number(leftover))) {
    parts[index]! += 1n;
  }

  return parts;
}

function compareDescending(a: bigint, b: bigint): number {
  if (a === b) return 0;
  return a > b ? -1 : 1;
}
