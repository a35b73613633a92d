import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { computeBillingPlan, type PlanPartInput } from './billing-plan';

function buildPart(overrides: Partial<PlanPartInput> = {}): PlanPartInput {
  return { kind: 'MILESTONE', label: 'Milestone', ...overrides };
}

const byPercent = (percentage: string, overrides: Partial<PlanPartInput> = {}) =>
  buildPart({ percentage, ...overrides });

const fixed = (amount: bigint, overrides: Partial<PlanPartInput> = {}) =>
  buildPart({ amount, ...overrides });

function refusal(field: string) {
  return expect.objectContaining({ code: 'VALIDATION', details: { field } });
}

describe('computeBillingPlan', () => {
  it('splits IDR 100,000,000.01 by 33.3333/33.3333/33.3334, the leftover sen to the largest', () => {
    const parts = [byPercent('33.3333'), byPercent('33.3333'), byPercent('33.3334')];

    const plan = computeBillingPlan(10000000001n, parts, 'IDR');

    expect(plan.map((part) => part.amount)).toEqual([3333330000n, 3333330000n, 3333340001n]);
  });

  it('splits IDR 999.99 by 70/20/10, the two leftover sen to the largest remainders', () => {
    const parts = [byPercent('70'), byPercent('20'), byPercent('10')];

    const plan = computeBillingPlan(99999n, parts, 'IDR');

    expect(plan.map((part) => part.amount)).toEqual([69999n, 20000n, 10000n]);
  });

  it('bills IDR 150,000,000.00 as a 30 % deposit, a 65 % milestone and a 5 % retention', () => {
    const parts = [
      byPercent('30', { kind: 'DEPOSIT', label: 'Deposit' }),
      byPercent('65', { kind: 'MILESTONE', label: 'Go-live' }),
      byPercent('5', { kind: 'RETENTION', label: 'Retention' }),
    ];

    const plan = computeBillingPlan(15000000000n, parts, 'IDR');

    expect(plan).toEqual([
      { kind: 'DEPOSIT', label: 'Deposit', amount: 4500000000n, percentage: '30' },
      { kind: 'MILESTONE', label: 'Go-live', amount: 9750000000n, percentage: '65' },
      { kind: 'RETENTION', label: 'Retention', amount: 750000000n, percentage: '5' },
    ]);
  });

  it('takes a fixed deposit of IDR 10,000,000.00 first and splits the rest 60/40', () => {
    // 123,456,789.01 − 10,000,000.00 = 113,456,789.01; 60 % of it is 68,074,073.406
    const parts = [
      fixed(1000000000n, { kind: 'DEPOSIT', label: 'Deposit' }),
      byPercent('60', { label: 'Design' }),
      byPercent('40', { label: 'Build' }),
    ];

    const plan = computeBillingPlan(12345678901n, parts, 'IDR');

    expect(plan).toEqual([
      { kind: 'DEPOSIT', label: 'Deposit', amount: 1000000000n, percentage: null },
      { kind: 'MILESTONE', label: 'Design', amount: 6807407341n, percentage: '60' },
      { kind: 'MILESTONE', label: 'Build', amount: 4538271560n, percentage: '40' },
    ]);
  });

  it('keeps the input order when a fixed part comes after the percentages', () => {
    const parts = [byPercent('50'), byPercent('50'), fixed(501n, { kind: 'RETENTION' })];

    const plan = computeBillingPlan(10000n, parts, 'IDR');

    expect(plan.map((part) => part.amount)).toEqual([4750n, 4749n, 501n]);
  });

  it('accepts fixed amounts alone when they add up to the total', () => {
    const parts = [fixed(1000n), fixed(2000n)];

    const plan = computeBillingPlan(3000n, parts, 'IDR');

    expect(plan.map((part) => part.amount)).toEqual([1000n, 2000n]);
  });

  it('trims labels and accepts one of 100 characters', () => {
    const parts = [
      byPercent('40', { label: '  Deposit \n' }),
      byPercent('60', { label: 'x'.repeat(100) }),
    ];

    const plan = computeBillingPlan(1000n, parts, 'IDR');

    expect(plan.map((part) => part.label)).toEqual(['Deposit', 'x'.repeat(100)]);
  });

  it('counts a label in characters, not UTF-16 units', () => {
    const parts = [byPercent('100', { label: '🧾'.repeat(100) })];

    const plan = computeBillingPlan(1000n, parts, 'IDR');

    expect(plan[0]?.label).toBe('🧾'.repeat(100));
  });

  it.each([
    ['100', '100'],
    ['100.0000', '100'],
    ['0100.0', '100'],
  ])('gives percentage "%s" back as "%s"', (text, expected) => {
    const plan = computeBillingPlan(1000n, [byPercent(text)], 'IDR');

    expect(plan[0]?.percentage).toBe(expected);
  });

  it('gives percentages back without trailing zeros or leading zeros', () => {
    const parts = [byPercent('33.30'), byPercent('066.2000'), byPercent('0.5')];

    const plan = computeBillingPlan(1000n, parts, 'IDR');

    expect(plan.map((part) => part.percentage)).toEqual(['33.3', '66.2', '0.5']);
  });

  it.each([0, 21])('refuses a plan of %i parts', (count) => {
    const parts = Array.from({ length: count }, () => fixed(1n));

    const act = () => computeBillingPlan(BigInt(count), parts, 'IDR');

    expect(act).toThrow(refusal('input.parts'));
  });

  it('accepts a plan of 20 parts', () => {
    const parts = Array.from({ length: 20 }, () => byPercent('5'));

    const plan = computeBillingPlan(100n, parts, 'IDR');

    expect(plan.map((part) => part.amount)).toEqual(Array.from({ length: 20 }, () => 5n));
  });

  it('refuses a part of an unknown kind, naming it', () => {
    const parts = [byPercent('50'), byPercent('50', { kind: 'BONUS' as never })];

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts.1.kind'));
  });

  it.each([
    ['blank', '   '],
    ['101 characters long', 'x'.repeat(101)],
  ])('refuses a label that is %s, naming it', (_, label) => {
    const parts = [byPercent('50'), byPercent('50', { label })];

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts.1.label'));
  });

  it.each([
    ['undefined', {}],
    ['null', { amount: null, percentage: null }],
  ])('refuses a part with neither amount nor percentage (%s), naming its amount', (_, part) => {
    const parts = [buildPart(part)];

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts.0.amount'));
  });

  it('refuses a part with both an amount and a percentage, naming its percentage', () => {
    const parts = [buildPart({ amount: 1000n, percentage: '100' })];

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts.0.percentage'));
  });

  it.each([0n, -500n])('refuses a fixed amount of %s, naming it', (amount) => {
    const parts = [fixed(1000n), fixed(amount)];

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts.1.amount'));
  });

  it.each([
    '1e2',
    '-5',
    '+5',
    '',
    ' ',
    '.5',
    '5.',
    '12,5',
    '50%',
    'abc',
    '0',
    '0.0000',
    '100.0001',
    '101',
    '33.33333',
    '33.33330',
  ])('refuses percentage "%s", naming it', (percentage) => {
    const parts = [fixed(500n), byPercent(percentage)];

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts.1.percentage'));
  });

  it('refuses a second retention, naming it', () => {
    const parts = [
      byPercent('90', { kind: 'MILESTONE' }),
      byPercent('5', { kind: 'RETENTION' }),
      byPercent('5', { kind: 'RETENTION' }),
    ];

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts.2.kind'));
  });

  it('refuses fixed amounts that add up to more than the total', () => {
    const parts = [fixed(600n), fixed(401n), byPercent('100')];

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts'));
  });

  it('refuses fixed amounts alone that add up to less than the total', () => {
    const parts = [fixed(600n), fixed(399n)];

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts'));
  });

  it.each([
    ['99.9999', ['50', '49.9999']],
    ['100.0001', ['50', '50.0001']],
  ])('refuses percentages that add up to %s', (_, percentages) => {
    const parts = percentages.map((percentage) => byPercent(percentage));

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts'));
  });

  it('refuses a percentage that rounds to nothing, naming it', () => {
    // 1.00 by 99.9999/0.0001: exact shares 99.9999 and 0.0001; the leftover unit goes to the first
    const parts = [byPercent('99.9999'), byPercent('0.0001')];

    const act = () => computeBillingPlan(100n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts.1.percentage'));
  });

  it('refuses percentages when fixed amounts already take the whole total, naming the first', () => {
    const parts = [fixed(1000n, { kind: 'DEPOSIT' }), byPercent('60'), byPercent('40')];

    const act = () => computeBillingPlan(1000n, parts, 'IDR');

    expect(act).toThrow(refusal('input.parts.1.percentage'));
  });

  it('throws a RangeError for a negative total, which no order has', () => {
    const act = () => computeBillingPlan(-1n, [byPercent('100')], 'IDR');

    expect(act).toThrow(RangeError);
  });
});

describe('computeBillingPlan, for any total and percentage plan', () => {
  /** Percentages in 1/10^4 of a percent, each at least 0.0001 and adding up to 100. */
  const weights = fc
    .uniqueArray(fc.integer({ min: 1, max: 999_999 }), { maxLength: 19 })
    .map((cuts) => {
      const edges = [0, ...cuts.sort((a, b) => a - b), 1_000_000];
      return edges.slice(1).map((edge, i) => edge - edges[i]!);
    });
  // At least 10^6 minor units, so that even a 0.0001 % part gets one unit and is not refused.
  const total = fc.bigInt({ min: 1_000_000n, max: 10n ** 15n });

  const asPercentage = (weight: number) =>
    `${Math.floor(weight / 10_000)}.${String(weight % 10_000).padStart(4, '0')}`;

  it('bills amounts that add up to the total', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const parts = ws.map((weight) => byPercent(asPercentage(weight)));

        const plan = computeBillingPlan(t, parts, 'IDR');

        expect(plan.reduce((sum, part) => sum + part.amount, 0n)).toBe(t);
      }),
    );
  });

  it('bills amounts that add up to the total after a fixed deposit', () => {
    fc.assert(
      fc.property(total, weights, fc.bigInt({ min: 1n, max: 10n ** 15n }), (rest, ws, deposit) => {
        const parts = [fixed(deposit), ...ws.map((weight) => byPercent(asPercentage(weight)))];

        const plan = computeBillingPlan(deposit + rest, parts, 'IDR');

        expect(plan.reduce((sum, part) => sum + part.amount, 0n)).toBe(deposit + rest);
      }),
    );
  });
});
