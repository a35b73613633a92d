import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { TestClock, startTestApp, type TestApp } from '../../testing/test-app';

const SET_PROGRESS = `mutation ($input: UpdateSalesOrderProgressInput!) {
  updateSalesOrderProgress(input: $input) { salesOrder { status progress } }
}`;

const FULFILL =
  'mutation ($id: ID!) { fulfillSalesOrder(id: $id) { salesOrder { status progress } } }';

const CANCEL = 'mutation ($id: ID!) { cancelSalesOrder(id: $id) { salesOrder { status } } }';

const ORDER = 'query ($id: ID!) { salesOrder(id: $id) { status progress } }';

const DELIVERED = `mutation ($input: MarkProjectDeliveredInput!) {
  markProjectDelivered(input: $input) { project { deliveredOn } }
}`;

describe('delivery of sales orders and projects', () => {
  // 2026-06-15 10:00 in Jakarta.
  const clock = new TestClock(new Date('2026-06-15T03:00:00Z'));
  let app: TestApp;
  let chain: ReturnType<typeof chainBuilder>;
  let amId: string;
  let deliveryToken: string;
  let salesToken: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const am = await app.createUser('ACCOUNT_MANAGER');
    amId = am.id;
    deliveryToken = (await app.createUser('DELIVERY')).token;
    salesToken = (await app.createUser('SALES')).token;
    chain = chainBuilder(app, am.token);
  });

  afterAll(async () => {
    await app.close();
  });

  let customers = 0;
  async function openOrder(total = '1000.00') {
    customers += 1;
    const customer = await chain.customer({
      name: `Delivery Customer ${customers}`,
      accountManagerId: amId,
    });
    const project = await chain.project(customer.id, '2026-09-30');
    const order = await chain.accept((await chain.quote(project.id, total, '2026-07-01')).id);
    return { customer, project, order };
  }

  describe('updateSalesOrderProgress', () => {
    it('keeps an OPEN order open at progress 0 and starts it at its first progress above 0', async () => {
      const { order } = await openOrder();

      const atZero = await chain.call(SET_PROGRESS, {
        input: { salesOrderId: order.id, progress: 0 },
      });
      const started = await chain.call(SET_PROGRESS, {
        input: { salesOrderId: order.id, progress: 35 },
      });

      expect(atZero).toEqual({
        updateSalesOrderProgress: { salesOrder: { status: 'OPEN', progress: 0 } },
      });
      expect(started).toEqual({
        updateSalesOrderProgress: { salesOrder: { status: 'IN_PROGRESS', progress: 35 } },
      });
    });

    it('accepts 100 as the highest progress', async () => {
      const { order } = await openOrder();

      const data = await chain.call(SET_PROGRESS, {
        input: { salesOrderId: order.id, progress: 100 },
      });

      expect(data).toEqual({
        updateSalesOrderProgress: { salesOrder: { status: 'IN_PROGRESS', progress: 100 } },
      });
    });

    it.each([101, -1])(
      'refuses progress %i with VALIDATION on input.progress',
      async (progress) => {
        const { order } = await openOrder();

        const result = await app.graphql(
          SET_PROGRESS,
          { input: { salesOrderId: order.id, progress } },
          { token: deliveryToken },
        );
        const read = await chain.call(ORDER, { id: order.id });

        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'VALIDATION',
          field: 'input.progress',
        });
        expect(read).toEqual({ salesOrder: { status: 'OPEN', progress: 0 } });
      },
    );
  });

  describe('fulfillSalesOrder', () => {
    it('turns an IN_PROGRESS order FULFILLED with progress 100', async () => {
      const { order } = await openOrder();
      await chain.call(SET_PROGRESS, { input: { salesOrderId: order.id, progress: 60 } });

      const data = await chain.call(FULFILL, { id: order.id });

      expect(data).toEqual({
        fulfillSalesOrder: { salesOrder: { status: 'FULFILLED', progress: 100 } },
      });
    });

    it('refuses an OPEN order with INVALID_TRANSITION from OPEN to FULFILLED', async () => {
      const { order } = await openOrder();

      const result = await app.graphql(FULFILL, { id: order.id }, { token: deliveryToken });
      const read = await chain.call(ORDER, { id: order.id });

      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        from: 'OPEN',
        to: 'FULFILLED',
      });
      expect(read).toEqual({ salesOrder: { status: 'OPEN', progress: 0 } });
    });
  });

  describe('cancelSalesOrder', () => {
    it('cancels an order with no invoice', async () => {
      const { order } = await openOrder();

      const data = await chain.call(CANCEL, { id: order.id });

      expect(data).toEqual({ cancelSalesOrder: { salesOrder: { status: 'CANCELLED' } } });
    });

    it('cancels an order whose only invoices are VOIDED', async () => {
      const { order } = await openOrder();
      const first = await chain.invoice(order.id, '400.00', '2026-07-15');
      const second = await chain.invoice(order.id, '600.00', '2026-07-15');
      await chain.move('voidInvoice', first.id);
      await chain.move('voidInvoice', second.id);

      const data = await chain.call(CANCEL, { id: order.id });

      expect(data).toEqual({ cancelSalesOrder: { salesOrder: { status: 'CANCELLED' } } });
    });

    it('cancels an order whose only invoice was REJECTED', async () => {
      const { order } = await openOrder();
      const rejected = await chain.invoice(order.id, '400.00', '2026-07-15');
      await chain.move('sendInvoice', rejected.id);
      await chain.move('rejectInvoice', rejected.id, ', reason: "Order withdrawn"');

      const data = await chain.call(CANCEL, { id: order.id });

      expect(data).toEqual({ cancelSalesOrder: { salesOrder: { status: 'CANCELLED' } } });
    });

    it('refuses with CONFLICT while an invoice bills the order, and leaves it open', async () => {
      const { order } = await openOrder();
      const voided = await chain.invoice(order.id, '400.00', '2026-07-15');
      await chain.move('voidInvoice', voided.id);
      await chain.invoice(order.id, '250.00', '2026-07-15');

      const result = await app.graphql(
        CANCEL,
        { id: order.id },
        {
          token: (await app.createUser('ADMIN')).token,
        },
      );
      const read = await chain.call(ORDER, { id: order.id });

      expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(read).toEqual({ salesOrder: { status: 'OPEN', progress: 0 } });
    });
  });

  describe('markProjectDelivered', () => {
    it('refuses a delivery date after today with VALIDATION on input.deliveredOn', async () => {
      const { project } = await openOrder();

      const result = await app.graphql(
        DELIVERED,
        { input: { projectId: project.id, deliveredOn: '2026-06-16' } },
        { token: deliveryToken },
      );
      const read = await chain.call('query ($id: ID!) { project(id: $id) { deliveredOn } }', {
        id: project.id,
      });

      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        field: 'input.deliveredOn',
      });
      expect(read).toEqual({ project: { deliveredOn: null } });
    });

    it('counts delivered projects in the on-time delivery KPI, on time when delivered by the deadline', async () => {
      const customer = await chain.customer({ name: 'PT Tepat Waktu', accountManagerId: amId });
      const onTheDay = await chain.project(customer.id, '2026-06-10', 'On the day');
      const late = await chain.project(customer.id, '2026-06-01', 'Late');
      const early = await chain.project(customer.id, '2026-06-30', 'Early');
      await chain.project(customer.id, '2026-06-30', 'Not delivered');

      for (const [project, deliveredOn] of [
        [onTheDay, '2026-06-10'],
        [late, '2026-06-05'],
        [early, '2026-06-15'],
      ] as const) {
        await chain.call(DELIVERED, { input: { projectId: project.id, deliveredOn } });
      }

      const data = await chain.call<{
        accountDashboard: { kpis: { onTimeDelivery: { numerator: number; denominator: number } } };
      }>(
        `query ($id: ID!) {
          accountDashboard(customerId: $id, from: "2026-01-01", to: "2026-12-31") {
            kpis { onTimeDelivery { numerator denominator rate } }
          }
        }`,
        { id: customer.id },
      );

      // On the day and early are on time; late is not; the undelivered project is not counted.
      expect(data.accountDashboard.kpis.onTimeDelivery).toEqual({
        numerator: 2,
        denominator: 3,
        rate: 2 / 3,
      });
    });
  });

  describe('roles', () => {
    it('lets a DELIVERY user set progress and move deadlines', async () => {
      const { project, order } = await openOrder();

      const progress = await app.graphql(
        SET_PROGRESS,
        { input: { salesOrderId: order.id, progress: 10 } },
        { token: deliveryToken },
      );
      const deadline = await app.graphql(
        `mutation ($input: UpdateProjectDeadlineInput!) {
          updateProjectDeadline(input: $input) { project { deadline } }
        }`,
        { input: { projectId: project.id, deadline: '2026-10-15', reason: 'Design rework' } },
        { token: deliveryToken },
      );

      expect(progress.data).toEqual({
        updateSalesOrderProgress: { salesOrder: { status: 'IN_PROGRESS', progress: 10 } },
      });
      expect(deadline.data).toEqual({
        updateProjectDeadline: { project: { deadline: '2026-10-15' } },
      });
    });

    it('refuses a DELIVERY user creating an invoice with FORBIDDEN', async () => {
      const { order } = await openOrder();

      const result = await app.graphql(
        'mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } } }',
        { input: { salesOrderId: order.id, amount: '100.00', dueDate: '2026-07-15' } },
        { token: deliveryToken },
      );
      const rows = await app.database
        .sql`select count(*)::int as n from invoices where sales_order_id = ${order.id}`;

      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(rows[0]!.n).toBe(0);
    });

    it('refuses a SALES user setting progress with FORBIDDEN', async () => {
      const { order } = await openOrder();

      const result = await app.graphql(
        SET_PROGRESS,
        { input: { salesOrderId: order.id, progress: 10 } },
        { token: salesToken },
      );
      const read = await chain.call(ORDER, { id: order.id });

      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(read).toEqual({ salesOrder: { status: 'OPEN', progress: 0 } });
    });
  });
});
