import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { nextCode } from './counters';
import { createTestDatabase, type TestDatabase } from './testing';

describe('nextCode', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ max: 12 });
  });

  afterAll(async () => {
    await database.drop();
  });

  it('counts each yearly series from 1 again every year', async () => {
    const codes = [
      await nextCode(database.db, 'INVOICE', 2026),
      await nextCode(database.db, 'INVOICE', 2026),
      await nextCode(database.db, 'INVOICE', 2027),
      await nextCode(database.db, 'CUSTOMER', 2026),
      await nextCode(database.db, 'CUSTOMER', 2027),
    ];

    expect(codes).toEqual([
      'INV-2026-00001',
      'INV-2026-00002',
      'INV-2027-00001',
      'CUS-000001',
      'CUS-000002',
    ]);
  });

  it('gives a rolled-back number to the next writer', async () => {
    await database.db
      .transaction(async (tx) => {
        await nextCode(tx, 'PROJECT', 2030);
        throw new Error('abort');
      })
      .catch(() => undefined);

    expect(await nextCode(database.db, 'PROJECT', 2030)).toBe('PRJ-2030-0001');
  });

  it('hands out distinct numbers to concurrent transactions', async () => {
    const codes = await Promise.all(
      Array.from({ length: 10 }, () =>
        database.db.transaction((tx) => nextCode(tx, 'SALES_ORDER', 2031)),
      ),
    );

    expect(new Set(codes).size).toBe(10);
    expect([...codes].sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `SO-2031-${String(i + 1).padStart(5, '0')}`),
    );
  });
});
