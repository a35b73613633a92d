import { describe, expect, it } from 'vitest';

import { counterKey, formatCode } from './codes';

describe('formatCode', () => {
  it.each([
    ['CUSTOMER', 2026, 42, 'CUS-000042'],
    ['PROJECT', 2026, 7, 'PRJ-2026-0007'],
    ['QUOTE', 2026, 12, 'QUO-2026-00012'],
    ['SALES_ORDER', 2026, 345, 'SO-2026-00345'],
    ['INVOICE', 2026, 1, 'INV-2026-00001'],
  ] as const)('writes %s number %i of %i as %s', (series, year, sequence, expected) => {
    const code = formatCode(series, year, sequence);

    expect(code).toBe(expected);
  });

  it('leaves out the year for customers, whose series never restarts', () => {
    const code = formatCode('CUSTOMER', 2027, 42);

    expect(code).toBe('CUS-000042');
  });

  it('writes a sequence wider than the series width in full rather than cutting it', () => {
    const codes = [formatCode('CUSTOMER', 2026, 1234567), formatCode('PROJECT', 2026, 12345)];

    expect(codes).toEqual(['CUS-1234567', 'PRJ-2026-12345']);
  });
});

describe('counterKey', () => {
  it.each(['PROJECT', 'QUOTE', 'SALES_ORDER', 'INVOICE'] as const)(
    'gives the yearly %s series a counter per year',
    (series) => {
      const keys = [counterKey(series, 2026), counterKey(series, 2027)];

      expect(keys).toEqual([`${series}:2026`, `${series}:2027`]);
    },
  );

  it('gives customers one counter for all years', () => {
    const keys = [counterKey('CUSTOMER', 2026), counterKey('CUSTOMER', 2027)];

    expect(keys).toEqual(['CUSTOMER', 'CUSTOMER']);
  });

  it('keeps the counters of different series apart within a year', () => {
    const keys = new Set([
      counterKey('PROJECT', 2026),
      counterKey('QUOTE', 2026),
      counterKey('SALES_ORDER', 2026),
      counterKey('INVOICE', 2026),
    ]);

    expect(keys.size).toBe(4);
  });
});
