import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../testing/chain';
import { TestClock, startTestApp, type TestApp } from '../testing/test-app';

const ACCOUNT = `query ($code: String!) {
  customer(code: $code) {
    code name openAmount overdueAmount
    projects {
      code deadline
      quotes { code status total validUntil decidedOn salesOrder { code } }
      salesOrders {
        code status total deadline progress billedTotal unbilledTotal
        invoices { number status amount issueDate dueDate isOverdue completedOn rejectionReason reissueOf { number } }
      }
    }
  }
}`;

describe('quote to cash', () => {
  // 2026-06-15 10:00 in Jakarta.
  const clock = new TestClock(new Date('2026-06-15T03:00:00Z'));
  let app: TestApp;
  let chain: ReturnType<typeof chainBuilder>;
  let amId: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const am = await app.createUser('ACCOUNT_MANAGER');
    amId = am.id;
    chain = chainBuilder(app, am.token);
  });

  afterAll(async () => {
    await app.close();
  });

  it('follows one account from quote to paid and overdue invoices', async () => {
    const customer = await chain.customer({ name: 'PT Maju Bersama', accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-09-30');
    const declined = await chain.quote(project.id, '90000000.00', '2026-07-01');
    await chain.call('mutation ($id: ID!) { declineQuote(id: $id) { quote { status } } }', {
      id: declined.id,
    });
    const quote = await chain.quote(project.id, '100000000.00', '2026-06-30');
    const order = await chain.accept(quote.id);
    const deposit = await chain.invoice(order.id, '30000000.00', '2026-06-01', '2026-05-20');
    const second = await chain.invoice(order.id, '50000000.00', '2026-06-14', '2026-06-01');
    const rejected = await chain.invoice(order.id, '20000000.00', '2026-06-20', '2026-06-10');
    for (const step of ['sendInvoice', 'startInvoiceProcessing', 'completeInvoice']) {
      await chain.move(step, deposit.id);
    }
    await chain.move('sendInvoice', second.id);
    await chain.move('sendInvoice', rejected.id);
    await chain.move('rejectInvoice', rejected.id, ', reason: "Wrong PO number"');
    const reissued = await chain.call<{
      reissueInvoice: { invoice: { id: string; number: string } };
    }>('mutation ($id: ID!) { reissueInvoice(id: $id) { invoice { id number } } }', {
      id: rejected.id,
    });

    const { data } = await app.graphql(
      ACCOUNT,
      { code: customer.code },
      { token: (await app.createUser('ADMIN')).token },
    );

    expect(data).toEqual({
      customer: {
        code: 'CUS-000001',
        name: 'PT Maju Bersama',
        // Only the sent second invoice is owed; it was due 2026-06-14, yesterday in Jakarta.
        openAmount: '50000000.00',
        overdueAmount: '50000000.00',
        projects: [
          {
            code: 'PRJ-2026-0001',
            deadline: '2026-09-30',
            quotes: [
              {
                code: 'QUO-2026-00001',
                status: 'DECLINED',
                total: '90000000.00',
                validUntil: '2026-07-01',
                decidedOn: '2026-06-15',
                salesOrder: null,
              },
              {
                code: 'QUO-2026-00002',
                status: 'ACCEPTED',
                total: '100000000.00',
                validUntil: '2026-06-30',
                decidedOn: '2026-06-15',
                salesOrder: { code: 'SO-2026-00001' },
              },
            ],
            salesOrders: [
              {
                code: 'SO-2026-00001',
                status: 'OPEN',
                total: '100000000.00',
                deadline: '2026-09-30',
                progress: 0,
                // 30 + 50 + 20 (re-issued); the rejected 20 no longer counts.
                billedTotal: '100000000.00',
                unbilledTotal: '0.00',
                invoices: [
                  {
                    number: 'INV-2026-00001',
                    status: 'COMPLETED',
                    amount: '30000000.00',
                    issueDate: '2026-05-20',
                    dueDate: '2026-06-01',
                    isOverdue: false,
                    completedOn: '2026-06-15',
                    rejectionReason: null,
                    reissueOf: null,
                  },
                  {
                    number: 'INV-2026-00002',
                    status: 'SENT',
                    amount: '50000000.00',
                    issueDate: '2026-06-01',
                    dueDate: '2026-06-14',
                    isOverdue: true,
                    completedOn: null,
                    rejectionReason: null,
                    reissueOf: null,
                  },
                  {
                    number: 'INV-2026-00003',
                    status: 'REJECTED',
                    amount: '20000000.00',
                    issueDate: '2026-06-10',
                    dueDate: '2026-06-20',
                    isOverdue: false,
                    completedOn: null,
                    rejectionReason: 'Wrong PO number',
                    reissueOf: null,
                  },
                  {
                    number: 'INV-2026-00004',
                    status: 'GENERATED',
                    amount: '20000000.00',
                    // Issued today with the rejected invoice's 10-day term.
                    issueDate: '2026-06-15',
                    dueDate: '2026-06-25',
                    isOverdue: false,
                    completedOn: null,
                    rejectionReason: null,
                    reissueOf: { number: 'INV-2026-00003' },
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    expect(reissued.reissueInvoice.invoice.number).toBe('INV-2026-00004');
  });

  it('refuses billing past the order total with OVERBILLED and the billable rest', async () => {
    const customer = await chain.customer({ name: 'Toko Sejahtera', accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-12-31');
    const order = await chain.accept((await chain.quote(project.id, '1000.00', '2026-07-01')).id);
    await chain.invoice(order.id, '333.33', '2026-07-15');
    const before = await app.database
      .sql`select count(*)::int as n, max(number) as last from invoices`;

    const result = await app.graphql(
      'mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } } }',
      { input: { salesOrderId: order.id, amount: '666.68', dueDate: '2026-07-15' } },
      { token: (await app.createUser('ADMIN')).token },
    );
    const after = await app.database
      .sql`select count(*)::int as n, max(number) as last from invoices`;

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'OVERBILLED',
      billable: '666.67',
    });
    expect(after).toEqual(before);
  });

  it.each([
    ['0.00', 'more than zero'],
    ['-5.00', 'more than zero'],
    ['10.005', '2 decimal places'],
  ])('refuses the invoice amount %s with VALIDATION', async (amount, message) => {
    const customer = await chain.customer({ name: `Amount ${amount}`, accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-12-31');
    const order = await chain.accept((await chain.quote(project.id, '100.00', '2026-07-01')).id);

    const result = await app.graphql(
      'mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } } }',
      { input: { salesOrderId: order.id, amount, dueDate: '2026-07-15' } },
      { token: (await app.createUser('ADMIN')).token },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'input.amount',
    });
    expect(result.errors?.[0]?.message).toContain(message);
  });

  it('refuses a move the status machine does not allow with INVALID_TRANSITION', async () => {
    const customer = await chain.customer({ name: 'Warung Digital', accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-12-31');
    const order = await chain.accept((await chain.quote(project.id, '500.00', '2026-07-01')).id);
    const invoice = await chain.invoice(order.id, '100.00', '2026-07-15');

    const result = await app.graphql(
      'mutation ($id: ID!) { completeInvoice(id: $id) { invoice { status } } }',
      { id: invoice.id },
      { token: (await app.createUser('ADMIN')).token },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'GENERATED',
      to: 'COMPLETED',
    });
  });

  it('refuses to accept a quote after its valid-until day with QUOTE_EXPIRED', async () => {
    const customer = await chain.customer({ name: 'Batik Online', accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-12-31');
    const quote = await chain.quote(project.id, '700.00', '2026-06-15');

    clock.set('2026-06-15T17:00:00Z'); // 00:00 on the 16th in Jakarta
    const result = await app.graphql(
      'mutation ($id: ID!) { acceptQuote(id: $id) { quote { status } } }',
      { id: quote.id },
      { token: (await app.createUser('ADMIN')).token },
    );
    const read = await app.graphql<{ quote: { status: string; decidedOn: string } }>(
      'query ($id: ID!) { quote(id: $id) { status decidedOn } }',
      { id: quote.id },
      { token: (await app.createUser('ADMIN')).token },
    );
    clock.set('2026-06-15T03:00:00Z');

    expect(result.errors?.[0]?.extensions.code).toBe('QUOTE_EXPIRED');
    expect(read.data?.quote).toEqual({ status: 'EXPIRED', decidedOn: '2026-06-16' });
  });

  it('gives concurrent accepts of one quote one sales order', async () => {
    const customer = await chain.customer({ name: 'Rumah Kopi', accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-12-31');
    const quote = await chain.quote(project.id, '900.00', '2026-07-01');

    const orders = await Promise.all(Array.from({ length: 8 }, () => chain.accept(quote.id)));
    const rows = await app.database
      .sql`select count(*)::int as n from sales_orders where quote_id = ${quote.id}`;

    expect(new Set(orders.map((order) => order.id)).size).toBe(1);
    expect(rows[0]!.n).toBe(1);
  });
});
