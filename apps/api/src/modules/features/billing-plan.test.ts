import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { TestClock, startTestApp, type TestApp } from '../../testing/test-app';

const SET_PLAN = `mutation ($input: SetBillingPlanInput!) {
  setBillingPlan(input: $input) {
    salesOrder { billingPlan { id position kind label percentage amount } }
  }
}`;

const CREATE_INVOICE = `mutation ($input: CreateInvoiceInput!) {
  createInvoice(input: $input) { invoice { id amount planPartId } }
}`;

interface Part {
  id: string;
  position: number;
  kind: string;
  label: string;
  percentage: string | null;
  amount: string | null;
}

const STANDARD_PLAN = [
  { kind: 'DEPOSIT', label: 'Deposit', percentage: '30' },
  { kind: 'MILESTONE', label: 'Go-live', percentage: '65' },
  { kind: 'RETENTION', label: 'Retention', percentage: '5' },
];

describe('billing plans', () => {
  // 2026-06-15 10:00 in Jakarta.
  const clock = new TestClock(new Date('2026-06-15T03:00:00Z'));
  let app: TestApp;
  let chain: ReturnType<typeof chainBuilder>;
  let amId: string;
  let amToken: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const am = await app.createUser('ACCOUNT_MANAGER');
    amId = am.id;
    amToken = am.token;
    chain = chainBuilder(app, am.token);
  });

  afterAll(async () => {
    await app.close();
  });

  let customers = 0;
  async function orderOf(total: string) {
    customers += 1;
    const customer = await chain.customer({
      name: `Plan Customer ${customers}`,
      accountManagerId: amId,
    });
    const project = await chain.project(customer.id, '2026-12-31');
    const order = await chain.accept((await chain.quote(project.id, total, '2026-07-01')).id);
    return { project, order };
  }

  async function setPlan(salesOrderId: string, parts: unknown[]): Promise<Part[]> {
    const data = await chain.call<{ setBillingPlan: { salesOrder: { billingPlan: Part[] } } }>(
      SET_PLAN,
      { input: { salesOrderId, parts } },
    );
    return data.setBillingPlan.salesOrder.billingPlan;
  }

  function billPart(salesOrderId: string, planPartId: string) {
    return app.graphql<{ createInvoice: { invoice: { id: string; amount: string } } }>(
      CREATE_INVOICE,
      { input: { salesOrderId, planPartId, dueDate: '2026-07-15' } },
      { token: amToken },
    );
  }

  describe('setBillingPlan', () => {
    it('splits 150,000,000.00 IDR into a 30% deposit, a 65% milestone and a 5% retention', async () => {
      const { order } = await orderOf('150000000.00');

      const plan = await setPlan(order.id, STANDARD_PLAN);

      expect(plan.map(({ id: _id, ...part }) => part)).toEqual([
        {
          position: 1,
          kind: 'DEPOSIT',
          label: 'Deposit',
          percentage: '30',
          amount: '45000000.00',
        },
        {
          position: 2,
          kind: 'MILESTONE',
          label: 'Go-live',
          percentage: '65',
          amount: '97500000.00',
        },
        {
          position: 3,
          kind: 'RETENTION',
          label: 'Retention',
          percentage: '5',
          amount: '7500000.00',
        },
      ]);
    });

    it('splits 100.01 into thirds that add up to the total by the largest remainder', async () => {
      const { order } = await orderOf('100.01');

      const plan = await setPlan(order.id, [
        { kind: 'DEPOSIT', label: 'First third', percentage: '33.3333' },
        { kind: 'MILESTONE', label: 'Second third', percentage: '33.3333' },
        { kind: 'MILESTONE', label: 'Last third', percentage: '33.3334' },
      ]);

      // 10001 minor units × 33.3333 % = 3333.663333, × 33.3334 % = 3333.673334: each floors to
      // 3333 (9999 in all), and the 2 units left go to the largest remainders: the last part
      // (.673334), then the first of the two tied parts (.663333).
      expect(plan.map((part) => [part.percentage, part.amount])).toEqual([
        ['33.3333', '33.34'],
        ['33.3333', '33.33'],
        ['33.3334', '33.34'],
      ]);
    });

    it('refuses percentages that add up to 99 with VALIDATION and keeps no plan', async () => {
      const { order } = await orderOf('1000.00');

      const result = await app.graphql(
        SET_PLAN,
        {
          input: {
            salesOrderId: order.id,
            parts: [
              { kind: 'DEPOSIT', label: 'Deposit', percentage: '30' },
              { kind: 'MILESTONE', label: 'Rest', percentage: '69' },
            ],
          },
        },
        { token: amToken },
      );
      const read = await chain.call(
        'query ($id: ID!) { salesOrder(id: $id) { billingPlan { id } } }',
        {
          id: order.id,
        },
      );

      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        field: 'input.parts',
      });
      expect(read).toEqual({ salesOrder: { billingPlan: [] } });
    });

    it('refuses to change a plan once one of its parts is billed, with CONFLICT', async () => {
      const { order } = await orderOf('1000.00');
      const [deposit] = await setPlan(order.id, STANDARD_PLAN);
      await billPart(order.id, deposit!.id);

      const result = await app.graphql(
        SET_PLAN,
        {
          input: {
            salesOrderId: order.id,
            parts: [{ kind: 'MILESTONE', label: 'All at once', percentage: '100' }],
          },
        },
        { token: amToken },
      );
      const read = await chain.call<{ salesOrder: { billingPlan: Part[] } }>(
        'query ($id: ID!) { salesOrder(id: $id) { billingPlan { label amount } } }',
        { id: order.id },
      );

      expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(read.salesOrder.billingPlan).toEqual([
        { label: 'Deposit', amount: '300.00' },
        { label: 'Go-live', amount: '650.00' },
        { label: 'Retention', amount: '50.00' },
      ]);
    });
  });

  describe('createInvoice with planPartId', () => {
    it('bills exactly the amount of the part', async () => {
      const { order } = await orderOf('150000000.00');
      const [, milestone] = await setPlan(order.id, STANDARD_PLAN);

      const result = await billPart(order.id, milestone!.id);

      expect(result.data?.createInvoice.invoice).toMatchObject({
        amount: '97500000.00',
        planPartId: milestone!.id,
      });
    });

    it('refuses billing the same part twice with CONFLICT', async () => {
      const { order } = await orderOf('1000.00');
      const [deposit] = await setPlan(order.id, STANDARD_PLAN);
      await billPart(order.id, deposit!.id);

      const result = await billPart(order.id, deposit!.id);
      const rows = await app.database
        .sql`select count(*)::int as n from invoices where sales_order_id = ${order.id}`;

      expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(rows[0]!.n).toBe(1);
    });

    it('refuses the RETENTION part with VALIDATION on input.planPartId until the project is delivered', async () => {
      const { project, order } = await orderOf('1000.00');
      const [, , retention] = await setPlan(order.id, STANDARD_PLAN);

      const before = await billPart(order.id, retention!.id);
      await chain.call(
        `mutation ($input: MarkProjectDeliveredInput!) {
          markProjectDelivered(input: $input) { project { deliveredOn } }
        }`,
        { input: { projectId: project.id, deliveredOn: '2026-06-15' } },
      );
      const after = await billPart(order.id, retention!.id);

      expect(before.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        field: 'input.planPartId',
      });
      expect(after.errors).toBeUndefined();
      expect(after.data?.createInvoice.invoice.amount).toBe('50.00');
    });

    it('frees the part of a rejected invoice, which a re-issue bills again', async () => {
      const { order } = await orderOf('1000.00');
      const [deposit] = await setPlan(order.id, STANDARD_PLAN);
      const billed = await billPart(order.id, deposit!.id);
      const rejectedId = billed.data!.createInvoice.invoice.id;
      await chain.move('sendInvoice', rejectedId);
      await chain.move('rejectInvoice', rejectedId, ', reason: "Wrong PO number"');

      const data = await chain.call<{
        reissueInvoice: { invoice: { amount: string; planPartId: string; status: string } };
      }>(
        'mutation ($id: ID!) { reissueInvoice(id: $id) { invoice { amount planPartId status } } }',
        { id: rejectedId },
      );

      expect(data.reissueInvoice.invoice).toEqual({
        amount: '300.00',
        planPartId: deposit!.id,
        status: 'GENERATED',
      });
    });

    it('refuses to re-issue a rejected plan invoice whose part was billed again since, with CONFLICT', async () => {
      const { order } = await orderOf('1000.00');
      const [deposit] = await setPlan(order.id, STANDARD_PLAN);
      const billed = await billPart(order.id, deposit!.id);
      const rejectedId = billed.data!.createInvoice.invoice.id;
      await chain.move('sendInvoice', rejectedId);
      await chain.move('rejectInvoice', rejectedId, ', reason: "Wrong PO number"');
      await billPart(order.id, deposit!.id);

      const result = await app.graphql(
        'mutation ($id: ID!) { reissueInvoice(id: $id) { invoice { id } } }',
        { id: rejectedId },
        { token: amToken },
      );

      expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
    });

    it('refuses both an amount and a plan part with VALIDATION', async () => {
      const { order } = await orderOf('1000.00');
      const [deposit] = await setPlan(order.id, STANDARD_PLAN);

      const result = await app.graphql(
        CREATE_INVOICE,
        {
          input: {
            salesOrderId: order.id,
            planPartId: deposit!.id,
            amount: '300.00',
            dueDate: '2026-07-15',
          },
        },
        { token: amToken },
      );
      const rows = await app.database
        .sql`select count(*)::int as n from invoices where sales_order_id = ${order.id}`;

      expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION');
      expect(rows[0]!.n).toBe(0);
    });
  });

  describe('SalesOrder.actions', () => {
    it('offers SET_BILLING_PLAN before a part is billed and not after', async () => {
      const { order } = await orderOf('1000.00');
      const [deposit] = await setPlan(order.id, STANDARD_PLAN);
      const read = () =>
        chain.call<{ salesOrder: { actions: string[] } }>(
          'query ($id: ID!) { salesOrder(id: $id) { actions } }',
          { id: order.id },
        );

      const before = await read();
      await billPart(order.id, deposit!.id);
      const after = await read();

      expect(before.salesOrder.actions).toContain('SET_BILLING_PLAN');
      expect(after.salesOrder.actions).not.toContain('SET_BILLING_PLAN');
    });
  });
});
