import { describe, expect, it } from 'vitest';

import {
  assertMove,
  canMove,
  effectiveQuoteStatus,
  INVOICE_STATUSES,
  INVOICE_TRANSITIONS,
  isBillingInvoice,
  isOpenOrder,
  QUOTE_STATUSES,
  QUOTE_TRANSITIONS,
  SALES_ORDER_STATUSES,
  SALES_ORDER_TRANSITIONS,
} from './status';

/** Every ordered pair of statuses, a status to itself included, that is not in `allowed`. */
function refusedMoves<S extends string>(statuses: readonly S[], allowed: [S, S][]): [S, S][] {
  const isAllowed = (from: S, to: S) => allowed.some(([a, b]) => a === from && b === to);
  return statuses.flatMap((from) =>
    statuses.filter((to) => !isAllowed(from, to)).map((to): [S, S] => [from, to]),
  );
}

describe('QUOTE_TRANSITIONS', () => {
  const allowed: [(typeof QUOTE_STATUSES)[number], (typeof QUOTE_STATUSES)[number]][] = [
    ['DRAFT', 'ACTIVE'],
    ['ACTIVE', 'ACCEPTED'],
    ['ACTIVE', 'DECLINED'],
    ['ACTIVE', 'EXPIRED'],
  ];

  it.each(allowed)('lets a quote move from %s to %s', (from, to) => {
    const can = canMove(QUOTE_TRANSITIONS, from, to);

    expect(can).toBe(true);
  });

  it.each(refusedMoves(QUOTE_STATUSES, allowed))(
    'refuses to move a quote from %s to %s',
    (from, to) => {
      const can = canMove(QUOTE_TRANSITIONS, from, to);

      expect(can).toBe(false);
    },
  );

  it.each(['ACCEPTED', 'DECLINED', 'EXPIRED'] as const)('treats %s as final', (status) => {
    const moves = QUOTE_TRANSITIONS[status];

    expect(moves).toEqual([]);
  });
});

describe('SALES_ORDER_TRANSITIONS', () => {
  const allowed: [(typeof SALES_ORDER_STATUSES)[number], (typeof SALES_ORDER_STATUSES)[number]][] =
    [
      ['OPEN', 'IN_PROGRESS'],
      ['OPEN', 'CANCELLED'],
      ['IN_PROGRESS', 'FULFILLED'],
      ['IN_PROGRESS', 'CANCELLED'],
    ];

  it.each(allowed)('lets a sales order move from %s to %s', (from, to) => {
    const can = canMove(SALES_ORDER_TRANSITIONS, from, to);

    expect(can).toBe(true);
  });

  it.each(refusedMoves(SALES_ORDER_STATUSES, allowed))(
    'refuses to move a sales order from %s to %s',
    (from, to) => {
      const can = canMove(SALES_ORDER_TRANSITIONS, from, to);

      expect(can).toBe(false);
    },
  );

  it.each(['FULFILLED', 'CANCELLED'] as const)('treats %s as final', (status) => {
    const moves = SALES_ORDER_TRANSITIONS[status];

    expect(moves).toEqual([]);
  });
});

describe('INVOICE_TRANSITIONS', () => {
  const allowed: [(typeof INVOICE_STATUSES)[number], (typeof INVOICE_STATUSES)[number]][] = [
    ['GENERATED', 'SENT'],
    ['GENERATED', 'VOIDED'],
    ['SENT', 'PROCESSING'],
    ['SENT', 'REJECTED'],
    ['PROCESSING', 'COMPLETED'],
    ['PROCESSING', 'REJECTED'],
  ];

  it.each(allowed)('lets an invoice move from %s to %s', (from, to) => {
    const can = canMove(INVOICE_TRANSITIONS, from, to);

    expect(can).toBe(true);
  });

  it.each(refusedMoves(INVOICE_STATUSES, allowed))(
    'refuses to move an invoice from %s to %s',
    (from, to) => {
      const can = canMove(INVOICE_TRANSITIONS, from, to);

      expect(can).toBe(false);
    },
  );

  it.each(['COMPLETED', 'REJECTED', 'VOIDED'] as const)('treats %s as final', (status) => {
    const moves = INVOICE_TRANSITIONS[status];

    expect(moves).toEqual([]);
  });
});

describe('assertMove', () => {
  it('accepts an allowed move without throwing', () => {
    const act = () => assertMove('invoice', INVOICE_TRANSITIONS, 'SENT', 'PROCESSING');

    expect(act).not.toThrow();
  });

  it('throws INVALID_TRANSITION with the from and to statuses for a refused move', () => {
    const act = () => assertMove('invoice', INVOICE_TRANSITIONS, 'SENT', 'VOIDED');

    expect(act).toThrow(
      expect.objectContaining({
        code: 'INVALID_TRANSITION',
        details: { from: 'SENT', to: 'VOIDED' },
      }),
    );
  });

  it('says that a final status is final', () => {
    const act = () => assertMove('quote', QUOTE_TRANSITIONS, 'EXPIRED', 'ACCEPTED');

    expect(act).toThrow(
      expect.objectContaining({
        code: 'INVALID_TRANSITION',
        details: { from: 'EXPIRED', to: 'ACCEPTED' },
        message: expect.stringContaining('EXPIRED is final'),
      }),
    );
  });
});

describe('isBillingInvoice', () => {
  it.each([
    ['GENERATED', true],
    ['SENT', true],
    ['PROCESSING', true],
    ['COMPLETED', true],
    ['REJECTED', false],
    ['VOIDED', false],
  ] as const)('counts a %s invoice against the order total: %s', (status, expected) => {
    const counts = isBillingInvoice(status);

    expect(counts).toBe(expected);
  });
});

describe('isOpenOrder', () => {
  it.each([
    ['OPEN', true],
    ['IN_PROGRESS', true],
    ['FULFILLED', false],
    ['CANCELLED', false],
  ] as const)('treats a %s order as open: %s', (status, expected) => {
    const open = isOpenOrder(status);

    expect(open).toBe(expected);
  });
});

describe('effectiveQuoteStatus', () => {
  it('keeps a quote valid until today ACTIVE', () => {
    const status = effectiveQuoteStatus('ACTIVE', '2026-03-31', '2026-03-31');

    expect(status).toBe('ACTIVE');
  });

  it('keeps a quote valid until a later day ACTIVE', () => {
    const status = effectiveQuoteStatus('ACTIVE', '2026-04-30', '2026-03-31');

    expect(status).toBe('ACTIVE');
  });

  it('reads an ACTIVE quote past its valid-until day as EXPIRED', () => {
    const status = effectiveQuoteStatus('ACTIVE', '2026-03-31', '2026-04-01');

    expect(status).toBe('EXPIRED');
  });

  it.each(['DRAFT', 'ACCEPTED', 'DECLINED', 'EXPIRED'] as const)(
    'never changes a stored %s quote, even past its valid-until day',
    (stored) => {
      const status = effectiveQuoteStatus(stored, '2026-03-31', '2026-06-30');

      expect(status).toBe(stored);
    },
  );
});
