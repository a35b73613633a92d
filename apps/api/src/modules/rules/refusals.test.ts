import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { TestClock, startTestApp, type GraphQLResult, type TestApp } from '../../testing/test-app';

const CREATE_INVOICE = `mutation ($input: CreateInvoiceInput!) {
  createInvoice(input: $input) { invoice { id } }
}`;
const SET_PLAN = `mutation ($input: SetBillingPlanInput!) {
  setBillingPlan(input: $input) { salesOrder { billingPlan { id } } }
}`;
const MOVE_ORDER = `mutation ($input: UpdateSalesOrderDeadlineInput!) {
  updateSalesOrderDeadline(input: $input) { salesOrder { deadline } }
}`;
const MOVE_PROJECT = `mutation ($input: UpdateProjectDeadlineInput!) {
  updateProjectDeadline(input: $input) { project { deadline } salesOrders { id deadline } }
}`;
const UPDATE_QUOTE = `mutation ($input: UpdateQuoteInput!) {
  updateQuote(input: $input) { quote { total } }
}`;
const UPDATE_CUSTOMER = `mutation ($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) { customer { name version } }
}`;

const HALVES = [
  { kind: 'DEPOSIT', label: 'Deposit', percentage: '50' },
  { kind: 'MILESTONE', label: 'Go-live', percentage: '50' },
];

interface RefusalCase {
  name: string;
  /** Builds what the refused request needs; everything it writes is in place before. */
  arrange: () => Promise<Record<string, unknown>>;
  act: (given: Record<string, unknown>) => Promise<GraphQLResult<unknown>>;
  expected: Record<string, unknown>;
}

describe('a refused mutation', () => {
  // 10:00 on 2026-06-15 in Jakarta.
  const clock = new TestClock(new Date('2026-06-15T03:00:00Z'));
  let app: TestApp;
  let chain: ReturnType<typeof chainBuilder>;
  let token: string;
  let amId: string;
  let accounts = 0;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    amId = (await app.createUser('ACCOUNT_MANAGER')).id;
    token = (await app.createUser('ADMIN')).token;
    chain = chainBuilder(app, token);
  });

  afterAll(async () => {
    await app.close();
  });

  const send = (query: string, variables: Record<string, unknown>) =>
    app.graphql(query, variables, { token });

  async function freshProject() {
    accounts += 1;
    const customer = await chain.customer({
      name: `Refused Account ${accounts}`,
      accountManagerId: amId,
    });
    const project = await chain.project(customer.id, '2026-12-31');
    return { customerId: customer.id, projectId: project.id };
  }

  async function freshOrder(total = '1000.00') {
    const { projectId } = await freshProject();
    const quote = await chain.quote(projectId, total, '2026-07-31');
    return { projectId, orderId: (await chain.accept(quote.id)).id };
  }

  async function orderWithPlan() {
    const { orderId } = await freshOrder();
    const plan = await chain.call<{
      setBillingPlan: { salesOrder: { billingPlan: { id: string }[] } };
    }>(SET_PLAN, { input: { salesOrderId: orderId, parts: HALVES } });
    return { orderId, partId: plan.setBillingPlan.salesOrder.billingPlan[0]!.id };
  }

  async function sentInvoice() {
    const { orderId } = await freshOrder();
    const invoice = await chain.invoice(orderId, '100.00', '2026-07-15');
    await chain.move('sendInvoice', invoice.id);
    return { invoiceId: invoice.id };
  }

  /**
   * Everything a write could leave behind: row counts, invoiced money, the code counters, and
   * the sum of versions (every update of a versioned row raises its version).
   */
  const snapshot = async () => {
    const [totals] = await app.database.sql`select
      (select count(*)::int from customers) as customers,
      (select count(*)::int from projects) as projects,
      (select count(*)::int from quotes) as quotes,
      (select count(*)::int from sales_orders) as sales_orders,
      (select count(*)::int from invoices) as invoices,
      (select count(*)::int from billing_plan_parts) as billing_plan_parts,
      (select count(*)::int from billing_plan_parts where replaced_at is null) as live_plan_parts,
      (select count(*)::int from audit_events) as audit_events,
      (select count(*)::int from code_counters) as code_counters,
      (select coalesce(sum(amount), 0)::text from invoices) as invoiced,
      (select coalesce(max(last_value), 0)::int from code_counters) as top_counter,
      (select coalesce(sum(version), 0)::int from customers) as customer_versions,
      (select coalesce(sum(version), 0)::int from projects) as project_versions,
      (select coalesce(sum(version), 0)::int from quotes) as quote_versions,
      (select coalesce(sum(version), 0)::int from sales_orders) as order_versions,
      (select coalesce(sum(version), 0)::int from invoices) as invoice_versions`;
    const counters = await app.database.sql`select key, last_value from code_counters order by key`;
    const statuses = await app.database.sql`
      select status, count(*)::int as n from quotes group by status
      union all select status, count(*)::int from invoices group by status
      order by 1`;
    return { totals, counters, statuses };
  };

  const cases: RefusalCase[] = [
    {
      name: 'acceptQuote of a quote past its valid-until day',
      arrange: async () => {
        const { projectId } = await freshProject();
        return { id: (await chain.quote(projectId, '700.00', '2026-06-15')).id };
      },
      act: async (given) => {
        clock.set('2026-06-15T17:00:00Z'); // 00:00 on the 16th in Jakarta
        try {
          return await send('mutation ($id: ID!) { acceptQuote(id: $id) { quote { id } } }', given);
        } finally {
          clock.set('2026-06-15T03:00:00Z');
        }
      },
      expected: { code: 'QUOTE_EXPIRED' },
    },
    {
      name: 'createInvoice past what the order has left',
      arrange: async () => {
        const { orderId } = await freshOrder('1000.00');
        await chain.invoice(orderId, '400.00', '2026-07-15');
        return { input: { salesOrderId: orderId, amount: '600.01', dueDate: '2026-07-15' } };
      },
      act: (given) => send(CREATE_INVOICE, given),
      // 1,000.00 − 400.00.
      expected: { code: 'OVERBILLED', billable: '600.00' },
    },
    {
      name: 'createInvoice of zero',
      arrange: async () => ({
        input: {
          salesOrderId: (await freshOrder()).orderId,
          amount: '0.00',
          dueDate: '2026-07-15',
        },
      }),
      act: (given) => send(CREATE_INVOICE, given),
      expected: { code: 'VALIDATION', field: 'input.amount' },
    },
    {
      name: 'createInvoice with more decimals than the currency has',
      arrange: async () => ({
        input: {
          salesOrderId: (await freshOrder()).orderId,
          amount: '10.005',
          dueDate: '2026-07-15',
        },
      }),
      act: (given) => send(CREATE_INVOICE, given),
      expected: { code: 'VALIDATION', field: 'input.amount' },
    },
    {
      name: 'createInvoice with both an amount and a plan part',
      arrange: async () => {
        const { orderId, partId } = await orderWithPlan();
        return {
          input: {
            salesOrderId: orderId,
            amount: '500.00',
            planPartId: partId,
            dueDate: '2026-07-15',
          },
        };
      },
      act: (given) => send(CREATE_INVOICE, given),
      expected: { code: 'VALIDATION', field: 'input.planPartId' },
    },
    {
      name: 'createInvoice of a plan part that does not exist',
      arrange: async () => {
        const { orderId } = await orderWithPlan();
        return {
          input: { salesOrderId: orderId, planPartId: randomUUID(), dueDate: '2026-07-15' },
        };
      },
      act: (given) => send(CREATE_INVOICE, given),
      expected: { code: 'NOT_FOUND', field: 'input.planPartId' },
    },
    {
      name: 'createInvoice of a plan part id that is not an id at all',
      arrange: async () => {
        const { orderId } = await orderWithPlan();
        return { input: { salesOrderId: orderId, planPartId: 'part-1', dueDate: '2026-07-15' } };
      },
      act: (given) => send(CREATE_INVOICE, given),
      expected: { code: 'NOT_FOUND', field: 'input.planPartId' },
    },
    {
      name: 'completeInvoice of a GENERATED invoice',
      arrange: async () => {
        const { orderId } = await freshOrder();
        return { id: (await chain.invoice(orderId, '100.00', '2026-07-15')).id };
      },
      act: (given) =>
        send('mutation ($id: ID!) { completeInvoice(id: $id) { invoice { id } } }', given),
      expected: { code: 'INVALID_TRANSITION', from: 'GENERATED', to: 'COMPLETED' },
    },
    ...['', '   '].map((reason) => ({
      name: `rejectInvoice with the reason "${reason}"`,
      arrange: async () => ({ id: (await sentInvoice()).invoiceId, reason }),
      act: (given: Record<string, unknown>) =>
        send(
          'mutation ($id: ID!, $reason: String!) { rejectInvoice(id: $id, reason: $reason) { invoice { id } } }',
          given,
        ),
      expected: { code: 'VALIDATION', field: 'reason' },
    })),
    {
      name: 'cancelSalesOrder of a billed order',
      arrange: async () => {
        const { orderId } = await freshOrder();
        await chain.invoice(orderId, '100.00', '2026-07-15');
        return { id: orderId };
      },
      act: (given) =>
        send('mutation ($id: ID!) { cancelSalesOrder(id: $id) { salesOrder { status } } }', given),
      expected: { code: 'CONFLICT' },
    },
    {
      name: 'setBillingPlan whose percentages add up to 99',
      arrange: async () => ({
        input: {
          salesOrderId: (await orderWithPlan()).orderId,
          parts: [
            { kind: 'DEPOSIT', label: 'Deposit', percentage: '33' },
            { kind: 'MILESTONE', label: 'Design', percentage: '33' },
            { kind: 'MILESTONE', label: 'Go-live', percentage: '33' },
          ],
        },
      }),
      act: (given) => send(SET_PLAN, given),
      expected: { code: 'VALIDATION', field: 'input.parts' },
    },
    {
      name: 'updateSalesOrderDeadline without a reason',
      arrange: async () => ({
        input: { salesOrderId: (await freshOrder()).orderId, deadline: '2027-01-31', reason: ' ' },
      }),
      act: (given) => send(MOVE_ORDER, given),
      expected: { code: 'VALIDATION', field: 'input.reason' },
    },
    {
      name: 'updateQuote of an ACTIVE quote',
      arrange: async () => {
        const { projectId } = await freshProject();
        const quote = await chain.quote(projectId, '700.00', '2026-07-31');
        const read = await chain.call<{ quote: { version: number } }>(
          'query ($id: ID!) { quote(id: $id) { version } }',
          { id: quote.id },
        );
        return { input: { quoteId: quote.id, version: read.quote.version, total: '800.00' } };
      },
      act: (given) => send(UPDATE_QUOTE, given),
      expected: { code: 'VALIDATION', field: 'input.quoteId' },
    },
    {
      name: 'updateCustomer with a version someone else changed since',
      arrange: async () => {
        const { customerId } = await freshProject();
        const read = await chain.call<{ customer: { version: number } }>(
          'query ($id: ID!) { customer(id: $id) { version } }',
          { id: customerId },
        );
        const loaded = read.customer.version;
        await chain.call(UPDATE_CUSTOMER, {
          input: { customerId, version: loaded, name: `Renamed Account ${accounts}` },
        });
        return { input: { customerId, version: loaded, name: `Stale Account ${accounts}` } };
      },
      act: (given) => send(UPDATE_CUSTOMER, given),
      expected: { code: 'CONFLICT' },
    },
  ];

  it.each(cases)('$name is refused and writes nothing', async ({ arrange, act, expected }) => {
    const given = await arrange();
    const before = await snapshot();

    const result = await act(given);

    const after = await snapshot();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject(expected);
    expect(after).toEqual(before);
  });

  it('moves only the open orders of a project, never a fulfilled one', async () => {
    const { projectId } = await freshProject();
    const fulfilled = await chain.accept((await chain.quote(projectId, '100.00', '2026-07-31')).id);
    const open = await chain.accept((await chain.quote(projectId, '200.00', '2026-07-31')).id);
    await chain.call(
      'mutation ($input: UpdateSalesOrderProgressInput!) { updateSalesOrderProgress(input: $input) { salesOrder { status } } }',
      { input: { salesOrderId: fulfilled.id, progress: 100 } },
    );
    await chain.call(
      'mutation ($id: ID!) { fulfillSalesOrder(id: $id) { salesOrder { status } } }',
      {
        id: fulfilled.id,
      },
    );
    const [fulfilledBefore] = await app.database
      .sql`select status, deadline::text, version from sales_orders where id = ${fulfilled.id}`;

    const result = await send(MOVE_PROJECT, {
      input: { projectId, deadline: '2027-02-28', reason: 'Client moved the launch' },
    });

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      updateProjectDeadline: {
        project: { deadline: '2027-02-28' },
        salesOrders: [{ id: open.id, deadline: '2027-02-28' }],
      },
    });
    expect(fulfilledBefore).toEqual({
      status: 'FULFILLED',
      deadline: '2026-12-31',
      version: expect.any(Number),
    });
    const [fulfilledAfter] = await app.database
      .sql`select status, deadline::text, version from sales_orders where id = ${fulfilled.id}`;
    expect(fulfilledAfter).toEqual(fulfilledBefore);
    const [openAfter] = await app.database
      .sql`select deadline::text from sales_orders where id = ${open.id}`;
    expect(openAfter).toEqual({ deadline: '2027-02-28' });
  });
});
