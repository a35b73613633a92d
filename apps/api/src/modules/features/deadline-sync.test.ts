import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { TestClock, startTestApp, type TestApp } from '../../testing/test-app';

const MOVE_PROJECT = `mutation ($input: UpdateProjectDeadlineInput!) {
  updateProjectDeadline(input: $input) {
    project { deadline }
    salesOrders { id deadline }
  }
}`;

const MOVE_ORDER = `mutation ($input: UpdateSalesOrderDeadlineInput!) {
  updateSalesOrderDeadline(input: $input) {
    salesOrder { id deadline }
    project { deadline }
    salesOrders { id deadline }
  }
}`;

const PROJECT_ORDERS = `query ($id: ID!) {
  project(id: $id) { deadline salesOrders { id status deadline } }
}`;

const HISTORY = `action from to reason actor { name }`;

interface Order {
  id: string;
  code: string;
}

describe('deadline sync between a project and its open orders', () => {
  // 2026-06-15 10:00 in Jakarta.
  const clock = new TestClock(new Date('2026-06-15T03:00:00Z'));
  let app: TestApp;
  let chain: ReturnType<typeof chainBuilder>;
  let amId: string;
  let deliveryToken: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const am = await app.createUser('ACCOUNT_MANAGER'); // named "ACCOUNT_MANAGER 1"
    const delivery = await app.createUser('DELIVERY'); // named "DELIVERY 2"
    amId = am.id;
    deliveryToken = delivery.token;
    chain = chainBuilder(app, am.token);
  });

  afterAll(async () => {
    await app.close();
  });

  /** A project due 2026-09-30 with one order in each status: OPEN, IN_PROGRESS, FULFILLED, CANCELLED. */
  async function projectWithOrders(name: string) {
    const customer = await chain.customer({ name, accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-09-30');
    const orders: Order[] = [];
    for (let i = 0; i < 4; i += 1) {
      orders.push(await chain.accept((await chain.quote(project.id, '1000.00', '2026-07-01')).id));
    }
    const [open, inProgress, fulfilled, cancelled] = orders as [Order, Order, Order, Order];
    const progress = `mutation ($input: UpdateSalesOrderProgressInput!) {
      updateSalesOrderProgress(input: $input) { salesOrder { status } } }`;
    await chain.call(progress, { input: { salesOrderId: inProgress.id, progress: 20 } });
    await chain.call(progress, { input: { salesOrderId: fulfilled.id, progress: 50 } });
    await chain.call('mutation ($id: ID!) { fulfillSalesOrder(id: $id) { salesOrder { id } } }', {
      id: fulfilled.id,
    });
    await chain.call('mutation ($id: ID!) { cancelSalesOrder(id: $id) { salesOrder { id } } }', {
      id: cancelled.id,
    });
    return { project, open, inProgress, fulfilled, cancelled };
  }

  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

  it('moves the project and only its OPEN and IN_PROGRESS orders, and returns exactly those', async () => {
    const { project, open, inProgress, fulfilled, cancelled } =
      await projectWithOrders('PT Geser Proyek');

    const result = await chain.call<{
      updateProjectDeadline: {
        project: { deadline: string };
        salesOrders: { id: string; deadline: string }[];
      };
    }>(MOVE_PROJECT, {
      input: { projectId: project.id, deadline: '2026-10-31', reason: 'Client moved the launch' },
    });
    const read = await chain.call<{ project: unknown }>(PROJECT_ORDERS, { id: project.id });

    expect(result.updateProjectDeadline.project).toEqual({ deadline: '2026-10-31' });
    expect([...result.updateProjectDeadline.salesOrders].sort(byId)).toEqual(
      [
        { id: open.id, deadline: '2026-10-31' },
        { id: inProgress.id, deadline: '2026-10-31' },
      ].sort(byId),
    );
    expect(read.project).toEqual({
      deadline: '2026-10-31',
      salesOrders: expect.arrayContaining([
        { id: open.id, status: 'OPEN', deadline: '2026-10-31' },
        { id: inProgress.id, status: 'IN_PROGRESS', deadline: '2026-10-31' },
        { id: fulfilled.id, status: 'FULFILLED', deadline: '2026-09-30' },
        { id: cancelled.id, status: 'CANCELLED', deadline: '2026-09-30' },
      ]),
    });
  });

  it("moves an order's project and the project's other open orders, and returns every order that moved", async () => {
    const { project, open, inProgress, fulfilled } = await projectWithOrders('CV Geser Pesanan');

    const result = await chain.call<{
      updateSalesOrderDeadline: {
        salesOrder: { id: string; deadline: string };
        project: { deadline: string };
        salesOrders: { id: string; deadline: string }[];
      };
    }>(MOVE_ORDER, {
      input: { salesOrderId: inProgress.id, deadline: '2026-08-15', reason: 'Scope cut' },
    });
    const read = await chain.call<{ project: { deadline: string } }>(PROJECT_ORDERS, {
      id: project.id,
    });

    expect(result.updateSalesOrderDeadline.salesOrder).toEqual({
      id: inProgress.id,
      deadline: '2026-08-15',
    });
    expect(result.updateSalesOrderDeadline.project).toEqual({ deadline: '2026-08-15' });
    expect([...result.updateSalesOrderDeadline.salesOrders].sort(byId)).toEqual(
      [
        { id: open.id, deadline: '2026-08-15' },
        { id: inProgress.id, deadline: '2026-08-15' },
      ].sort(byId),
    );
    expect(read.project.deadline).toBe('2026-08-15');
    expect(read.project).toMatchObject({
      salesOrders: expect.arrayContaining([
        { id: fulfilled.id, status: 'FULFILLED', deadline: '2026-09-30' },
      ]),
    });
  });

  it('keeps the reason and the actor in the history of every moved document', async () => {
    const { project, open, inProgress, fulfilled } = await projectWithOrders('PT Jejak Alasan');

    const moved = await app.graphql(
      MOVE_ORDER,
      { input: { salesOrderId: open.id, deadline: '2026-11-20', reason: 'Waiting for content' } },
      { token: deliveryToken },
    );
    const read = await chain.call<{
      project: { history: unknown[] };
      open: { history: unknown[] };
      inProgress: { history: unknown[] };
      fulfilled: { history: { action: string }[] };
    }>(
      `query ($p: ID!, $a: ID!, $b: ID!, $c: ID!) {
        project(id: $p) { history { ${HISTORY} } }
        open: salesOrder(id: $a) { history { ${HISTORY} } }
        inProgress: salesOrder(id: $b) { history { ${HISTORY} } }
        fulfilled: salesOrder(id: $c) { history { ${HISTORY} } }
      }`,
      { p: project.id, a: open.id, b: inProgress.id, c: fulfilled.id },
    );

    const event = {
      action: 'DEADLINE_MOVED',
      from: '2026-09-30',
      to: '2026-11-20',
      reason: 'Waiting for content',
      actor: { name: 'DELIVERY 2' },
    };
    expect(moved.errors).toBeUndefined();
    expect(read.project.history).toContainEqual(event);
    expect(read.open.history).toContainEqual(event);
    expect(read.inProgress.history).toContainEqual(event);
    expect(read.fulfilled.history.map((e) => e.action)).not.toContain('DEADLINE_MOVED');
  });

  it('refuses an empty reason with VALIDATION on input.reason and moves nothing', async () => {
    const { project, open } = await projectWithOrders('PT Tanpa Alasan');

    const byProject = await app.graphql(
      MOVE_PROJECT,
      { input: { projectId: project.id, deadline: '2026-12-01', reason: '' } },
      { token: deliveryToken },
    );
    const byOrder = await app.graphql(
      MOVE_ORDER,
      { input: { salesOrderId: open.id, deadline: '2026-12-01', reason: '   ' } },
      { token: deliveryToken },
    );
    const read = await chain.call<{
      project: { deadline: string; salesOrders: { id: string; deadline: string }[] };
    }>(PROJECT_ORDERS, { id: project.id });

    expect(byProject.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'input.reason',
    });
    expect(byOrder.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'input.reason',
    });
    expect(read.project.deadline).toBe('2026-09-30');
    expect(read.project.salesOrders.map((order) => order.deadline)).toEqual([
      '2026-09-30',
      '2026-09-30',
      '2026-09-30',
      '2026-09-30',
    ]);
  });

  it("refuses to move a FULFILLED order's deadline with VALIDATION and moves nothing", async () => {
    const { project, fulfilled } = await projectWithOrders('PT Sudah Selesai');

    const result = await app.graphql(
      MOVE_ORDER,
      { input: { salesOrderId: fulfilled.id, deadline: '2026-12-01', reason: 'Too late' } },
      { token: deliveryToken },
    );
    const read = await chain.call<{
      project: { deadline: string; salesOrders: { id: string; deadline: string }[] };
    }>(PROJECT_ORDERS, { id: project.id });

    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(read.project.deadline).toBe('2026-09-30');
    expect(read.project.salesOrders.map((order) => order.deadline)).toEqual([
      '2026-09-30',
      '2026-09-30',
      '2026-09-30',
      '2026-09-30',
    ]);
  });

  it("gives an order accepted after a deadline move the project's current deadline", async () => {
    const customer = await chain.customer({ name: 'PT Pesanan Baru', accountManagerId: amId });
    const project = await chain.project(customer.id, '2026-09-30');
    const quote = await chain.quote(project.id, '5000.00', '2026-07-01');
    await chain.call(MOVE_PROJECT, {
      input: { projectId: project.id, deadline: '2027-01-15', reason: 'Budget freeze' },
    });

    const data = await chain.call<{ acceptQuote: { salesOrder: { deadline: string } } }>(
      'mutation ($id: ID!) { acceptQuote(id: $id) { salesOrder { deadline } } }',
      { id: quote.id },
    );

    expect(data.acceptQuote.salesOrder.deadline).toBe('2027-01-15');
  });
});
