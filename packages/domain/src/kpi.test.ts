import { describe, expect, it } from 'vitest';

import {
  isOverdue,
  onTimeDelivery,
  quoteConversion,
  quoteDecidedOn,
  revenue,
  summariseOverdue,
  type InvoiceFacts,
  type ProjectFacts,
  type QuoteFacts,
} from './kpi';
import type { Money } from './money';

function buildInvoice(overrides: Partial<InvoiceFacts> = {}): InvoiceFacts {
  return {
    status: 'SENT',
    dueDate: '2026-03-31',
    completedOn: null,
    amount: { minor: 100000n, currency: 'IDR' },
    today: '2026-04-01',
    ...overrides,
  };
}

function buildQuote(overrides: Partial<QuoteFacts> = {}): QuoteFacts {
  return { status: 'ACTIVE', validUntil: '2026-04-30', decidedOn: null, ...overrides };
}

function buildProject(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return { deadline: '2026-04-30', deliveredOn: null, ...overrides };
}

const idr = (minor: bigint): Money => ({ minor, currency: 'IDR' });
const usd = (minor: bigint): Money => ({ minor, currency: 'USD' });

const april = { from: '2026-04-01', to: '2026-04-30' };

describe('isOverdue', () => {
  it('does not count an invoice due today', () => {
    const invoice = buildInvoice({ status: 'SENT', dueDate: '2026-03-31', today: '2026-03-31' });

    const overdue = isOverdue(invoice);

    expect(overdue).toBe(false);
  });

  it.each(['SENT', 'PROCESSING'] as const)('counts a %s invoice due yesterday', (status) => {
    const invoice = buildInvoice({ status, dueDate: '2026-03-31', today: '2026-04-01' });

    const overdue = isOverdue(invoice);

    expect(overdue).toBe(true);
  });

  it.each(['GENERATED', 'COMPLETED', 'REJECTED', 'VOIDED'] as const)(
    'never counts a %s invoice, however late',
    (status) => {
      const invoice = buildInvoice({ status, dueDate: '2026-01-01', today: '2026-04-01' });

      const overdue = isOverdue(invoice);

      expect(overdue).toBe(false);
    },
  );
});

describe('summariseOverdue', () => {
  const today = '2026-06-30';

  it('sorts overdue invoices into ageing buckets on their boundary days, per currency', () => {
    const invoices = [
      buildInvoice({ today, dueDate: '2026-06-29', amount: idr(100000n) }), // 1 day
      buildInvoice({ today, dueDate: '2026-05-31', amount: usd(5000n) }), // 30 days
      buildInvoice({ today, dueDate: '2026-05-30', amount: idr(200000n) }), // 31 days
      // 60 days, and in processing rather than sent
      buildInvoice({ today, dueDate: '2026-05-01', amount: idr(300000n), status: 'PROCESSING' }),
      buildInvoice({ today, dueDate: '2026-04-30', amount: usd(7000n) }), // 61 days
      buildInvoice({ today, dueDate: '2026-04-01', amount: usd(800n) }), // 90 days
      buildInvoice({ today, dueDate: '2026-03-31', amount: idr(400000n) }), // 91 days
      buildInvoice({ today, dueDate: '2026-06-30', amount: idr(999n) }), // due today
      buildInvoice({ today, dueDate: '2026-01-01', amount: idr(555n), status: 'GENERATED' }),
    ];

    const summary = summariseOverdue(invoices);

    expect(summary).toEqual({
      count: 7,
      amounts: [idr(1000000n), usd(12800n)],
      ageing: [
        { fromDays: 1, toDays: 30, count: 2, amounts: [idr(100000n), usd(5000n)] },
        { fromDays: 31, toDays: 60, count: 2, amounts: [idr(500000n)] },
        { fromDays: 61, toDays: 90, count: 2, amounts: [usd(7800n)] },
        { fromDays: 91, toDays: null, count: 1, amounts: [idr(400000n)] },
      ],
    });
  });

  it('gives zero counts and no amounts when nothing is overdue', () => {
    const invoices = [buildInvoice({ today, dueDate: today })];

    const summary = summariseOverdue(invoices);

    expect(summary).toEqual({
      count: 0,
      amounts: [],
      ageing: [
        { fromDays: 1, toDays: 30, count: 0, amounts: [] },
        { fromDays: 31, toDays: 60, count: 0, amounts: [] },
        { fromDays: 61, toDays: 90, count: 0, amounts: [] },
        { fromDays: 91, toDays: null, count: 0, amounts: [] },
      ],
    });
  });
});

describe('quoteDecidedOn', () => {
  it('dates an expired quote on the day after its valid-until day', () => {
    const quote = buildQuote({ status: 'EXPIRED', validUntil: '2026-04-30' });

    const day = quoteDecidedOn(quote);

    expect(day).toBe('2026-05-01');
  });

  it.each(['ACCEPTED', 'DECLINED'] as const)(
    'dates a %s quote on the day it was decided',
    (status) => {
      const quote = buildQuote({ status, validUntil: '2026-04-30', decidedOn: '2026-04-12' });

      const day = quoteDecidedOn(quote);

      expect(day).toBe('2026-04-12');
    },
  );

  it.each(['DRAFT', 'ACTIVE'] as const)('gives no day to a %s quote', (status) => {
    const quote = buildQuote({ status });

    const day = quoteDecidedOn(quote);

    expect(day).toBeNull();
  });
});

describe('quoteConversion', () => {
  it('divides accepted quotes by quotes decided in the period', () => {
    const quotes = [
      buildQuote({ status: 'ACCEPTED', decidedOn: '2026-04-10' }),
      buildQuote({ status: 'DECLINED', decidedOn: '2026-04-15' }),
      buildQuote({ status: 'EXPIRED', validUntil: '2026-04-20' }),
      buildQuote({ status: 'EXPIRED', validUntil: '2026-03-31' }),
    ];

    const conversion = quoteConversion(quotes, april);

    expect(conversion).toEqual({ numerator: 1, denominator: 4, rate: 0.25 });
  });

  it('counts an expired quote in the period of the day after its valid-until day', () => {
    const quotes = [
      buildQuote({ status: 'EXPIRED', validUntil: '2026-03-31' }),
      buildQuote({ status: 'EXPIRED', validUntil: '2026-04-30' }),
    ];

    const conversion = quoteConversion(quotes, april);

    expect(conversion).toEqual({ numerator: 0, denominator: 1, rate: 0 });
  });

  it('counts each quote once, by its decision day and not its valid-until day', () => {
    const quotes = [
      buildQuote({ status: 'ACCEPTED', validUntil: '2026-04-05', decidedOn: '2026-04-03' }),
      buildQuote({ status: 'ACCEPTED', validUntil: '2026-04-20', decidedOn: '2026-03-20' }),
    ];

    const conversion = quoteConversion(quotes, april);

    expect(conversion).toEqual({ numerator: 1, denominator: 1, rate: 1 });
  });

  it('leaves out DRAFT and ACTIVE quotes and gives no rate when nothing was decided', () => {
    const quotes = [
      buildQuote({ status: 'DRAFT', validUntil: '2026-04-10' }),
      buildQuote({ status: 'ACTIVE', validUntil: '2026-04-10' }),
    ];

    const conversion = quoteConversion(quotes, april);

    expect(conversion).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});

describe('onTimeDelivery', () => {
  it('divides projects delivered by their deadline by projects delivered in the period', () => {
    const projects = [
      buildProject({ deadline: '2026-04-10', deliveredOn: '2026-04-10' }),
      buildProject({ deadline: '2026-05-15', deliveredOn: '2026-04-20' }),
      buildProject({ deadline: '2026-04-10', deliveredOn: '2026-04-11' }),
      buildProject({ deadline: '2026-04-01', deliveredOn: '2026-04-30' }),
      buildProject({ deadline: '2026-04-30', deliveredOn: '2026-03-31' }),
      buildProject({ deadline: '2026-04-15', deliveredOn: null }),
    ];

    const delivery = onTimeDelivery(projects, april);

    expect(delivery).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
  });

  it('counts a project delivered on its deadline day as on time', () => {
    const projects = [buildProject({ deadline: '2026-04-10', deliveredOn: '2026-04-10' })];

    const delivery = onTimeDelivery(projects, april);

    expect(delivery).toEqual({ numerator: 1, denominator: 1, rate: 1 });
  });

  it('gives no rate when nothing was delivered in the period', () => {
    const projects = [
      buildProject({ deadline: '2026-04-15', deliveredOn: null }),
      buildProject({ deadline: '2026-05-15', deliveredOn: '2026-05-01' }),
    ];

    const delivery = onTimeDelivery(projects, april);

    expect(delivery).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});

describe('revenue', () => {
  it('adds completed invoices by the day they were completed in the period, per currency', () => {
    const invoices = [
      buildInvoice({ status: 'COMPLETED', completedOn: '2026-04-01', amount: idr(100000n) }),
      buildInvoice({ status: 'COMPLETED', completedOn: '2026-04-15', amount: idr(50000n) }),
      buildInvoice({ status: 'COMPLETED', completedOn: '2026-04-30', amount: usd(2500n) }),
      buildInvoice({ status: 'COMPLETED', completedOn: '2026-05-01', amount: idr(7n) }),
      buildInvoice({ status: 'COMPLETED', completedOn: '2026-03-31', amount: usd(9n) }),
      buildInvoice({ status: 'PROCESSING', completedOn: null, amount: idr(11n) }),
      buildInvoice({ status: 'SENT', completedOn: null, amount: usd(13n) }),
    ];

    const total = revenue(invoices, april);

    expect(total).toEqual([idr(150000n), usd(2500n)]);
  });

  it('gives no amounts when nothing was completed in the period', () => {
    const invoices = [buildInvoice({ status: 'SENT' })];

    const total = revenue(invoices, april);

    expect(total).toEqual([]);
  });
});
