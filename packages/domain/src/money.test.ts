import { describe, expect, it } from 'vitest';

import { SUPPORTED_CURRENCIES } from './currency';
import { ArusError } from './errors';
import {
  describeAmount,
  formatAmount,
  parseAmount,
  parseStoredAmount,
  sumByCurrency,
} from './money';

describe('parseAmount', () => {
  it.each([
    ['1250000.00', 'IDR', 125000000n],
    ['1500', 'JPY', 1500n],
    ['10.5', 'USD', 1050n],
    ['10', 'USD', 1000n],
    ['0.01', 'USD', 1n],
    ['-10.5', 'USD', -1050n],
  ])('reads "%s" %s as %s minor units', (text, currency, expected) => {
    const minor = parseAmount('input.amount', text, currency);

    expect(minor).toBe(expected);
  });

  it.each([
    ['10.005', 'USD'],
    ['1.5', 'JPY'],
  ])(
    'refuses "%s" %s, which has more decimals than the currency, naming the field',
    (text, currency) => {
      const act = () => parseAmount('input.total', text, currency);

      expect(act).toThrow(ArusError);
      expect(act).toThrow(
        expect.objectContaining({ code: 'VALIDATION', details: { field: 'input.total' } }),
      );
    },
  );

  it.each(['1e5', '', '12,50', ' ', '--1', '.5', '1.', '1.2.3', 'abc'])(
    'refuses "%s", which is not a plain decimal',
    (text) => {
      const act = () => parseAmount('input.amount', text, 'USD');

      expect(act).toThrow(
        expect.objectContaining({ code: 'VALIDATION', details: { field: 'input.amount' } }),
      );
    },
  );
});

describe('formatAmount', () => {
  it.each([
    [125000000n, 'IDR', '1250000.00'],
    [5n, 'USD', '0.05'],
    [-5n, 'USD', '-0.05'],
    [1500n, 'JPY', '1500'],
    [-1500n, 'JPY', '-1500'],
    [0n, 'USD', '0.00'],
    [100n, 'USD', '1.00'],
  ])('writes %s minor units of %s as "%s"', (minor, currency, expected) => {
    const text = formatAmount(minor, currency);

    expect(text).toBe(expected);
  });

  // fast-check is not resolvable from packages/domain, so the round trip runs over a fixed set
  // of amounts chosen around the edges: zero, one minor unit, the minor-unit boundary, and the
  // largest amounts input may carry (below 10^15 whole units, what the database holds).
  const amounts = [
    0n,
    1n,
    -1n,
    9n,
    10n,
    99n,
    100n,
    -100n,
    101n,
    123456789n,
    -987654321n,
    10n ** 14n + 7n,
    -(10n ** 14n),
  ];

  it.each(SUPPORTED_CURRENCIES)(
    'round-trips through parseAmount for every amount in %s',
    (currency) => {
      const readBack = amounts.map((minor) =>
        parseAmount('amount', formatAmount(minor, currency), currency),
      );

      expect(readBack).toEqual(amounts);
    },
  );
});

describe('parseStoredAmount', () => {
  it.each([
    ['489.7500', 'USD', 48975n],
    ['1500.0000', 'JPY', 1500n],
    ['-12.3000', 'USD', -1230n],
    ['0.0000', 'IDR', 0n],
  ])(
    'reads the stored numeric "%s" %s as %s, dropping trailing zeros',
    (text, currency, expected) => {
      const minor = parseStoredAmount(text, currency);

      expect(minor).toBe(expected);
    },
  );

  it.each([
    ['1.2345', 'USD'],
    ['1.5000', 'JPY'],
  ])('throws on "%s" %s, which is more precise than the currency allows', (text, currency) => {
    const act = () => parseStoredAmount(text, currency);

    expect(act).toThrow();
  });
});

describe('sumByCurrency', () => {
  it('adds amounts per currency and never across currencies, ordered by currency code', () => {
    const amounts = [
      { minor: 100n, currency: 'USD' },
      { minor: 500000n, currency: 'IDR' },
      { minor: 250n, currency: 'USD' },
      { minor: 1n, currency: 'EUR' },
      { minor: 300n, currency: 'IDR' },
    ];

    const totals = sumByCurrency(amounts);

    expect(totals).toEqual([
      { minor: 1n, currency: 'EUR' },
      { minor: 500300n, currency: 'IDR' },
      { minor: 350n, currency: 'USD' },
    ]);
  });

  it('nets negative amounts within a currency', () => {
    const amounts = [
      { minor: 100n, currency: 'USD' },
      { minor: -30n, currency: 'USD' },
    ];

    const totals = sumByCurrency(amounts);

    expect(totals).toEqual([{ minor: 70n, currency: 'USD' }]);
  });

  it('gives no totals for no amounts', () => {
    const totals = sumByCurrency([]);

    expect(totals).toEqual([]);
  });
});

describe('parseAmount limits', () => {
  it('refuses an amount the database cannot hold (10^15 whole units or more)', () => {
    expect(() => parseAmount('input.total', '1000000000000000.00', 'IDR')).toThrow(/too large/);
  });

  it('accepts the largest amount it can hold', () => {
    expect(parseAmount('input.total', '999999999999999.99', 'IDR')).toBe(99999999999999999n);
  });
});

describe('describeAmount', () => {
  it.each([
    [13135802482n, 'IDR', 'IDR 131,358,024.82'],
    [5n, 'USD', 'USD 0.05'],
    [-123456n, 'USD', 'USD -1,234.56'],
    [1500n, 'JPY', 'JPY 1,500'],
    [999n, 'JPY', 'JPY 999'],
  ])('shows %s minor units of %s as %s', (minor, currency, text) => {
    expect(describeAmount(minor, currency)).toBe(text);
  });
});
