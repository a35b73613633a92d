import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { TestClock, startTestApp, type TestApp } from '../../testing/test-app';

const SET_PLAN = `mutation ($input: SetBillingPlanInput!) {
  setBillingPlan(input: $input) { salesOrder { billingPlan { id kind amount } } }
}`;
const CREATE_INVOICE =
  'mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id number } } }';
const MOVE_DEADLINE = `mutation ($input: UpdateProjectDeadlineInput!) {
  updateProjectDeadline(input: $input) { project { deadline } }
}`;

describe('guards on dates, totals and plans', () => {
  // 2026-06-15, 10:00 in Jakarta.
  const clock = new TestClock(new Date('2026-06-15T03:00:00Z'));
  let app: TestApp;
  let chain: ReturnType<typeof chainBuilder>;
  let amId: string;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const am = await app.createUser('ACCOUNT_MANAGER');
    amId = am.id;
    token = am.token;
    chain = chainBuilder(app, am.token);
  });

  afterAll(async () => {
    await app.close();
  });

  async function order(total: string) {
    const customer = await chain.customer({
      name: `Guard ${Math.random()}`,
      accountManagerId: amId,
    });
    const project = await chain.project(customer.id, '2026-12-31');
    const accepted = await chain.accept((await chain.quote(project.id, total, '2026-07-01')).id);
    return { projectId: project.id, orderId: accepted.id };
  }

  const invoiceCount = async () =>
    Number((await app.database.sql`select count(*)::int as n from invoices`)[0]!.n);

  it('bills an order with a plan by its parts only, so an amount cannot eat the retention', async () => {
    const { orderId } = await order('1000000.00');
    await chain.call(SET_PLAN, {
      input: {
        salesOrderId: orderId,
        parts: [
          { kind: 'DEPOSIT', label: 'Deposit', percentage: '30' },
          { kind: 'MILESTONE', label: 'Go-live', percentage: '65' },
          { kind: 'RETENTION', label: 'Retention', percentage: '5' },
        ],
      },
    });
    const before = await invoiceCount();

    const result = await app.graphql(
      CREATE_INVOICE,
      { input: { salesOrderId: orderId, amount: '1000000.00', dueDate: '2026-07-15' } },
      { token },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'input.amount',
    });
    expect(await invoiceCount()).toBe(before);
  });

  it('refuses a quote total of zero', async () => {
    const customer = await chain.customer({ name: 'Zero Co', accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-12-31');

    const result = await app.graphql(
      'mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { quote { id } } }',
      { input: { projectId: project.id, total: '0.00', validUntil: '2026-07-01' } },
      { token },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'input.total',
    });
  });

  it('refuses an amount too large to store, as VALIDATION rather than a server error', async () => {
    const customer = await chain.customer({ name: 'Huge Co', accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-12-31');

    const result = await app.graphql(
      'mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { quote { id } } }',
      { input: { projectId: project.id, total: '1000000000000000.00', validUntil: '2026-07-01' } },
      { token },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'input.total',
    });
  });

  it('refuses moving a deadline into the past', async () => {
    const { projectId } = await order('100.00');

    const result = await app.graphql(
      MOVE_DEADLINE,
      { input: { projectId, deadline: '2026-06-14', reason: 'Back-dated' } },
      { token },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'input.deadline',
    });
  });

  it("refuses moving a delivered project's deadline: it is what on-time delivery is measured by", async () => {
    const { projectId } = await order('100.00');
    await chain.call(
      'mutation ($input: MarkProjectDeliveredInput!) { markProjectDelivered(input: $input) { project { id } } }',
      { input: { projectId, deliveredOn: '2026-06-15' } },
    );

    const result = await app.graphql(
      MOVE_DEADLINE,
      { input: { projectId, deadline: '2027-01-31', reason: 'Later' } },
      { token },
    );
    const [project] = await app.database
      .sql`select deadline::text from projects where id = ${projectId}`;

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION' });
    expect(project!.deadline).toBe('2026-12-31');
  });

  it('shows a cancelled order with nothing left to bill', async () => {
    const { orderId } = await order('750.00');
    await chain.call('mutation ($id: ID!) { cancelSalesOrder(id: $id) { salesOrder { id } } }', {
      id: orderId,
    });

    const data = await chain.call<{ salesOrder: { unbilledTotal: string } }>(
      'query ($id: ID!) { salesOrder(id: $id) { unbilledTotal } }',
      { id: orderId },
    );

    expect(data.salesOrder.unbilledTotal).toBe('0.00');
  });

  it('offers EDIT but not SEND on a draft whose valid-until day has passed', async () => {
    const customer = await chain.customer({ name: 'Late Draft Co', accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-12-31');
    const draft = await chain.quote(project.id, '100.00', '2026-06-20', true);

    clock.set('2026-06-21T03:00:00Z');
    const data = await chain.call<{ quote: { actions: string[] } }>(
      'query ($id: ID!) { quote(id: $id) { actions } }',
      { id: draft.id },
    );
    clock.set('2026-06-15T03:00:00Z');

    expect(data.quote.actions).toEqual(['EDIT']);
  });

  it('tells a DELIVERY user which plan parts are billed without showing the invoices', async () => {
    const delivery = await app.createUser('DELIVERY');
    const { orderId } = await order('1000.00');
    const plan = await chain.call<{
      setBillingPlan: { salesOrder: { billingPlan: { id: string }[] } };
    }>(SET_PLAN, {
      input: {
        salesOrderId: orderId,
        parts: [
          { kind: 'DEPOSIT', label: 'Deposit', percentage: '30' },
          { kind: 'MILESTONE', label: 'Rest', percentage: '70' },
        ],
      },
    });
    const [deposit] = plan.setBillingPlan.salesOrder.billingPlan;
    await chain.call(CREATE_INVOICE, {
      input: { salesOrderId: orderId, planPartId: deposit!.id, dueDate: '2026-07-15' },
    });

    const result = await app.graphql<{
      salesOrder: {
        billingPlan: { isBilled: boolean; amount: string | null }[];
        invoices: unknown[];
      };
    }>(
      'query ($id: ID!) { salesOrder(id: $id) { billingPlan { isBilled amount } invoices { id } } }',
      { id: orderId },
      { token: delivery.token },
    );

    expect(result.data?.salesOrder).toEqual({
      billingPlan: [
        { isBilled: true, amount: null },
        { isBilled: false, amount: null },
      ],
      invoices: [],
    });
  });
});
