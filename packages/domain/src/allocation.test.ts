import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { allocate } from './allocation';

describe('allocate', () => {
  it('gives the one leftover unit of 100 in thirds to the first part', () => {
    const parts = allocate(100n, [1n, 1n, 1n]);

    expect(parts).toEqual([34n, 33n, 33n]);
  });

  it('gives two leftover units to the first two of three equal parts', () => {
    const parts = allocate(2n, [1n, 1n, 1n]);

    expect(parts).toEqual([1n, 1n, 0n]);
  });

  it('splits IDR 10.00 by 70/20/10 without a leftover', () => {
    const parts = allocate(1000n, [70n, 20n, 10n]);

    expect(parts).toEqual([700n, 200n, 100n]);
  });

  it('gives the leftover unit of IDR 10.01 by 70/20/10 to the largest remainder (700.7)', () => {
    const parts = allocate(1001n, [70n, 20n, 10n]);

    expect(parts).toEqual([701n, 200n, 100n]);
  });

  it('gives leftover units to the largest remainders even when they come last', () => {
    // 999.99 by 70/20/10: exact shares 69999.3, 19999.8 and 9999.9
    const parts = allocate(99999n, [70n, 20n, 10n]);

    expect(parts).toEqual([69999n, 20000n, 10000n]);
  });

  it('gives a single unit split in halves to the earlier part', () => {
    const parts = allocate(1n, [1n, 1n]);

    expect(parts).toEqual([1n, 0n]);
  });

  it('splits a zero total into zeros', () => {
    const parts = allocate(0n, [3n, 1n, 0n]);

    expect(parts).toEqual([0n, 0n, 0n]);
  });

  it('gives nothing to a zero weight, even when units are left over', () => {
    const parts = allocate(5n, [0n, 1n, 0n, 1n]);

    expect(parts).toEqual([0n, 3n, 0n, 2n]);
  });

  it('refuses a negative total with a RangeError', () => {
    const act = () => allocate(-1n, [1n, 1n]);

    expect(act).toThrow(RangeError);
  });

  it.each([
    ['no weights', []],
    ['only zero weights', [0n, 0n]],
    ['a negative weight', [2n, -1n]],
  ])('refuses %s with a RangeError', (_, weights) => {
    const act = () => allocate(100n, weights);

    expect(act).toThrow(RangeError);
  });
});

describe('allocate, for any total and weights', () => {
  const total = fc.bigInt({ min: 0n, max: 10n ** 15n });
  const weights = fc
    .array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 12 })
    .filter((ws) => ws.some((w) => w > 0n));
  // Small weights make ties and zero weights common, where the tie-break rules are exercised.
  const smallWeights = fc
    .array(fc.bigInt({ min: 0n, max: 5n }), { minLength: 1, maxLength: 12 })
    .filter((ws) => ws.some((w) => w > 0n));
  const anyWeights = fc.oneof(weights, smallWeights);

  const sumOf = (values: readonly bigint[]) => values.reduce((acc, value) => acc + value, 0n);

  it('gives parts that add up to the total', () => {
    fc.assert(
      fc.property(total, anyWeights, (t, ws) => {
        expect(sumOf(allocate(t, ws))).toBe(t);
      }),
    );
  });

  it('keeps each part within one unit of its exact share', () => {
    fc.assert(
      fc.property(total, anyWeights, (t, ws) => {
        const sum = sumOf(ws);

        const parts = allocate(t, ws);

        parts.forEach((part, i) => {
          const gap = part * sum - t * ws[i]!;
          expect(gap < sum && -gap < sum).toBe(true);
        });
      }),
    );
  });

  it('never gives a larger weight less than a smaller one', () => {
    fc.assert(
      fc.property(total, anyWeights, (t, ws) => {
        const parts = allocate(t, ws);

        ws.forEach((wi, i) => {
          ws.forEach((wj, j) => {
            if (wi > wj) expect(parts[i]! >= parts[j]!).toBe(true);
          });
        });
      }),
    );
  });
});
