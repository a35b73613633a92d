import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { startTestApp, type GraphQLResult, type TestApp } from '../../testing/test-app';

const ACCEPT = 'mutation ($id: ID!) { acceptQuote(id: $id) { salesOrder { id } } }';
const CREATE_INVOICE = `mutation ($input: CreateInvoiceInput!) {
  createInvoice(input: $input) { invoice { id number } }
}`;
const MOVE_PROJECT = `mutation ($input: UpdateProjectDeadlineInput!) {
  updateProjectDeadline(input: $input) { project { deadline } }
}`;
const MOVE_ORDER = `mutation ($input: UpdateSalesOrderDeadlineInput!) {
  updateSalesOrderDeadline(input: $input) { salesOrder { deadline } }
}`;
const SET_PLAN = `mutation ($input: SetBillingPlanInput!) {
  setBillingPlan(input: $input) { salesOrder { billingPlan { id } } }
}`;

type Request<T> = () => Promise<GraphQLResult<T>>;

/**
 * Runs every request at once: each one waits at a gate that opens only when all of them are
 * built and waiting, so none gets a head start while the others are still being set up.
 */
async function together<T>(requests: Request<T>[]): Promise<GraphQLResult<T>[]> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let waiting = 0;
  const arrive = async () => {
    waiting += 1;
    if (waiting === requests.length) open();
    await gate;
  };

  return Promise.all(
    requests.map(async (request) => {
      await arrive();
      return request();
    }),
  );
}

const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions.code ?? 'OK';

describe('concurrent writes', () => {
  let app: TestApp;
  let chain: ReturnType<typeof chainBuilder>;
  let token: string;
  let amId: string;
  let customers = 0;

  beforeAll(async () => {
    app = await startTestApp({ pool: 24 });
    const am = await app.createUser('ACCOUNT_MANAGER');
    amId = am.id;
    token = am.token;
    chain = chainBuilder(app, token);
  });

  afterAll(async () => {
    await app.close();
  });

  /** A fresh account with one project, so that each case starts from its own rows. */
  async function freshProject(deadline = '2026-12-31') {
    customers += 1;
    const customer = await chain.customer({
      name: `Concurrent Account ${customers}`,
      accountManagerId: amId,
    });
    return chain.project(customer.id, deadline);
  }

  async function freshOrder(total: string) {
    const project = await freshProject();
    const quote = await chain.quote(project.id, total, '2026-07-31');
    return chain.accept(quote.id);
  }

  const createInvoice = (input: Record<string, unknown>) => () =>
    app.graphql<{ createInvoice: { invoice: { id: string; number: string } } }>(
      CREATE_INVOICE,
      { input: { dueDate: '2026-07-15', ...input } },
      { token },
    );

  it('gives 20 simultaneous accepts of one quote exactly one sales order', async () => {
    const project = await freshProject();
    const quote = await chain.quote(project.id, '5000.00', '2026-07-31');

    const results = await together(
      Array.from(
        { length: 20 },
        () => () =>
          app.graphql<{ acceptQuote: { salesOrder: { id: string } } }>(
            ACCEPT,
            { id: quote.id },
            { token },
          ),
      ),
    );

    const [count] = await app.database
      .sql`select count(*)::int as n from sales_orders where quote_id = ${quote.id}`;
    const [order] = await app.database
      .sql`select id from sales_orders where quote_id = ${quote.id}`;
    expect(count!.n).toBe(1);
    const orderId = order!.id as string;
    for (const result of results) {
      if (result.errors) {
        expect(result.errors[0]!.extensions.code).toBe('CONFLICT');
      } else {
        expect(result.data!.acceptQuote.salesOrder.id).toBe(orderId);
      }
    }
  });

  it('never bills an order past its total under 50 simultaneous invoices', async () => {
    const order = await freshOrder('1000.00');

    const results = await together(
      Array.from({ length: 50 }, () => createInvoice({ salesOrderId: order.id, amount: '37.00' })),
    );

    const [billed] = await app.database.sql`
      select coalesce(sum(amount), 0)::numeric(18, 2)::text as sum, count(*)::int as n
      from invoices
      where sales_order_id = ${order.id} and status not in ('REJECTED', 'VOIDED')`;
    const refusals = results.filter((result) => result.errors);
    // 27 × 37.00 = 999.00 fits in 1,000.00; a 28th would make 1,036.00.
    expect(results.filter((result) => !result.errors)).toHaveLength(27);
    expect(billed).toEqual({ sum: '999.00', n: 27 });
    expect(refusals).toHaveLength(23);
    for (const refusal of refusals) {
      // A refusal happens only once less than 37.00 is left, and what is left only ever drops
      // by 37.00 from 1,000.00: it can only be 1,000.00 − 27 × 37.00 = 1.00.
      expect(refusal.errors![0]!.extensions).toMatchObject({
        code: 'OVERBILLED',
        billable: '1.00',
      });
    }
  });

  it('numbers simultaneous invoices of ten orders without gaps or repeats', async () => {
    const orders = [];
    for (let i = 0; i < 10; i += 1) orders.push(await freshOrder('300.00'));

    // Issued on a day no other case of this file issues on; the 2026 series carries on from
    // the last number the earlier cases drew.
    const [counter] = await app.database
      .sql`select coalesce(max(last_value), 0)::int as last from code_counters where key = 'INVOICE:2026'`;
    const last = counter!.last as number;
    const results = await together(
      orders.flatMap((order) =>
        Array.from({ length: 3 }, () =>
          createInvoice({
            salesOrderId: order.id,
            amount: '100.00',
            issueDate: '2026-06-02',
            dueDate: '2026-07-01',
          }),
        ),
      ),
    );

    expect(results.map(codeOf)).toEqual(Array.from({ length: 30 }, () => 'OK'));
    const numbers = results.map((result) => result.data!.createInvoice.invoice.number).sort();
    const expected = Array.from(
      { length: 30 },
      (_, i) => `INV-2026-${String(last + i + 1).padStart(5, '0')}`,
    );
    expect(numbers).toEqual(expected);
    const stored = await app.database
      .sql`select number from invoices where issue_date = '2026-06-02' order by number`;
    expect(stored.map((row) => row.number)).toEqual(expected);
  });

  it('keeps every open order on its project deadline under simultaneous moves', async () => {
    const project = await freshProject('2026-12-31');
    const first = await chain.accept((await chain.quote(project.id, '100.00', '2026-07-31')).id);
    const second = await chain.accept((await chain.quote(project.id, '200.00', '2026-07-31')).id);
    const deadlines = Array.from(
      { length: 18 },
      (_, i) => `2027-01-${String(i + 1).padStart(2, '0')}`,
    );

    const results = await together(
      deadlines.map((deadline, i) => () => {
        const reason = `Replanned ${i}`;
        if (i % 3 === 0) {
          return app.graphql(
            MOVE_PROJECT,
            { input: { projectId: project.id, deadline, reason } },
            { token },
          );
        }
        const salesOrderId = i % 3 === 1 ? first.id : second.id;
        return app.graphql(MOVE_ORDER, { input: { salesOrderId, deadline, reason } }, { token });
      }),
    );

    expect(results.map(codeOf)).toEqual(deadlines.map(() => 'OK'));
    const [stored] = await app.database
      .sql`select deadline::text from projects where id = ${project.id}`;
    const orders = await app.database.sql`
      select deadline::text from sales_orders
      where project_id = ${project.id} and status in ('OPEN', 'IN_PROGRESS')`;
    expect(deadlines).toContain(stored!.deadline);
    expect(orders).toEqual([{ deadline: stored!.deadline }, { deadline: stored!.deadline }]);
  });

  it('never bills a part of a plan that a simultaneous change replaced', async () => {
    const order = await freshOrder('900.00');
    const plan = (label: string) => ({
      salesOrderId: order.id,
      parts: [
        { kind: 'DEPOSIT', label: `${label} deposit`, percentage: '30' },
        { kind: 'MILESTONE', label: `${label} delivery`, percentage: '70' },
      ],
    });
    const initial = await chain.call<{
      setBillingPlan: { salesOrder: { billingPlan: { id: string }[] } };
    }>(SET_PLAN, { input: plan('First') });
    const partIds = initial.setBillingPlan.salesOrder.billingPlan.map((part) => part.id);

    const results = await together<unknown>([
      ...[0, 1, 2, 3].map(
        (i) => () => app.graphql(SET_PLAN, { input: plan(`Plan ${i}`) }, { token }),
      ),
      ...[0, 1, 0, 1].map((i) => createInvoice({ salesOrderId: order.id, planPartId: partIds[i] })),
    ]);

    for (const result of results) {
      expect(['OK', 'CONFLICT', 'NOT_FOUND']).toContain(codeOf(result));
    }
    const stale = await app.database.sql`
      select i.number from invoices i join billing_plan_parts p on p.id = i.plan_part_id
      where i.sales_order_id = ${order.id} and i.status not in ('REJECTED', 'VOIDED')
        and p.replaced_at is not null`;
    expect(stale).toEqual([]);
    const twice = await app.database.sql`
      select plan_part_id from invoices
      where sales_order_id = ${order.id} and status not in ('REJECTED', 'VOIDED')
      group by plan_part_id having count(*) > 1`;
    expect(twice).toEqual([]);
    const live = await app.database.sql`
      select count(*)::int as n from billing_plan_parts
      where sales_order_id = ${order.id} and replaced_at is null`;
    expect(live[0]!.n).toBe(2);
  });
});
