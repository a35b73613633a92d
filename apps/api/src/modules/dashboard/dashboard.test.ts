import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { TestClock, startTestApp, type TestApp } from '../../testing/test-app';

const KPIS = `query ($id: ID!, $from: LocalDate, $to: LocalDate) {
  accountDashboard(customerId: $id, from: $from, to: $to) {
    customer { code }
    kpis {
      overdueInvoices { count amounts { amount currency } }
      overdueAgeing { fromDays toDays count amounts { amount currency } }
      quoteConversion { numerator denominator rate }
      onTimeDelivery { numerator denominator rate }
      revenue { amount currency }
    }
  }
}`;

describe('account dashboard', () => {
  // 2026-06-15 in Jakarta.
  const clock = new TestClock(new Date('2026-06-15T03:00:00Z'));
  let app: TestApp;
  let token: string;
  let customerId: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const am = await app.createUser('ACCOUNT_MANAGER');
    token = am.token;
    const chain = chainBuilder(app, token);
    const customer = await chain.customer({ name: 'PT Kinerja', accountManagerId: am.id });
    customerId = customer.id;
    const onTime = await chain.project(customer.id, '2026-05-31', 'On time');
    const late = await chain.project(customer.id, '2026-04-30', 'Late');

    clock.set('2026-03-01T03:00:00Z');
    const order = await chain.accept((await chain.quote(onTime.id, '1000.00', '2026-03-31')).id);
    await chain.accept((await chain.quote(late.id, '400.00', '2026-03-31')).id);
    await chain.quote(late.id, '50.00', '2026-03-10'); // expires: decided 2026-03-11
    const declined = await chain.quote(onTime.id, '75.00', '2026-03-31');
    await chain.call('mutation ($id: ID!) { declineQuote(id: $id) { quote { status } } }', {
      id: declined.id,
    });
    // Due 2026-06-14: 1 day late on the 15th. Due 2026-04-15: 61 days late. Due today: not late.
    const a = await chain.invoice(order.id, '100.00', '2026-06-14');
    const b = await chain.invoice(order.id, '200.00', '2026-04-15');
    const c = await chain.invoice(order.id, '300.00', '2026-06-15');
    const paid = await chain.invoice(order.id, '150.00', '2026-03-20');
    for (const id of [a.id, b.id, c.id, paid.id]) await chain.move('sendInvoice', id);
    await chain.move('startInvoiceProcessing', paid.id);
    clock.set('2026-03-18T03:00:00Z');
    await chain.move('completeInvoice', paid.id);

    await app.database.sql`update projects set delivered_on = '2026-05-30' where id = ${onTime.id}`;
    await app.database.sql`update projects set delivered_on = '2026-05-02' where id = ${late.id}`;
    clock.set('2026-06-15T03:00:00Z');
  });

  afterAll(async () => {
    await app.close();
  });

  it('computes the four KPIs of DOMAIN.md for the year so far', async () => {
    const result = await app.graphql(KPIS, { id: customerId }, { token });

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      accountDashboard: {
        customer: { code: 'CUS-000001' },
        kpis: {
          overdueInvoices: { count: 2, amounts: [{ amount: '300.00', currency: 'IDR' }] },
          overdueAgeing: [
            { fromDays: 1, toDays: 30, count: 1, amounts: [{ amount: '100.00', currency: 'IDR' }] },
            { fromDays: 31, toDays: 60, count: 0, amounts: [] },
            {
              fromDays: 61,
              toDays: 90,
              count: 1,
              amounts: [{ amount: '200.00', currency: 'IDR' }],
            },
            { fromDays: 91, toDays: null, count: 0, amounts: [] },
          ],
          // Accepted 2 of 4 decided (2 accepted, 1 declined, 1 expired).
          quoteConversion: { numerator: 2, denominator: 4, rate: 0.5 },
          onTimeDelivery: { numerator: 1, denominator: 2, rate: 0.5 },
          revenue: [{ amount: '150.00', currency: 'IDR' }],
        },
      },
    });
  });

  it('counts only what was decided, delivered and paid inside the period', async () => {
    const result = await app.graphql<{
      accountDashboard: { kpis: Record<string, unknown> };
    }>(KPIS, { id: customerId, from: '2026-03-12', to: '2026-05-15' }, { token });

    expect(result.data?.accountDashboard.kpis).toMatchObject({
      // The expiry (03-11) and the decisions of 03-01 fall before the period.
      quoteConversion: { numerator: 0, denominator: 0, rate: null },
      onTimeDelivery: { numerator: 0, denominator: 1, rate: 0 },
      revenue: [{ amount: '150.00', currency: 'IDR' }],
    });
  });
});
