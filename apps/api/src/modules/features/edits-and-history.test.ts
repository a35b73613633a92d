import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { TestClock, startTestApp, type TestApp } from '../../testing/test-app';

const EVENT = 'action field from to';

const UPDATE_CUSTOMER = `mutation ($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) { customer { name email taxId timeZone version } }
}`;

const UPDATE_PROJECT = `mutation ($input: UpdateProjectInput!) {
  updateProject(input: $input) { project { budget deliveryCost scopeNote documentLinks version } }
}`;

const SET_PLAN = `mutation ($input: SetBillingPlanInput!) {
  setBillingPlan(input: $input) { salesOrder { id } }
}`;

const UPDATE_QUOTE = `mutation ($input: UpdateQuoteInput!) {
  updateQuote(input: $input) { quote { status total validUntil version } }
}`;

interface AuditEvent {
  action: string;
  field: string | null;
  from: string | null;
  to: string | null;
}

describe('edits and their history', () => {
  // 2026-06-15 10:00 in Jakarta; each step below moves it on a minute, so that history reads in order.
  const clock = new TestClock(new Date('2026-06-15T03:00:00Z'));
  let minutes = 0;
  const tick = () => {
    minutes += 1;
    clock.set(new Date(Date.UTC(2026, 5, 15, 3, minutes)));
  };
  let app: TestApp;
  let chain: ReturnType<typeof chainBuilder>;
  let amId: string;
  let amToken: string;
  let otherAmId: string;
  let deliveryToken: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const am = await app.createUser('ACCOUNT_MANAGER');
    amId = am.id;
    amToken = am.token;
    otherAmId = (await app.createUser('ACCOUNT_MANAGER')).id;
    deliveryToken = (await app.createUser('DELIVERY')).token;
    chain = chainBuilder(app, am.token);
  });

  afterAll(async () => {
    await app.close();
  });

  async function createCustomer(input: { name: string; taxId?: string; email?: string }) {
    tick();
    const data = await chain.call<{ createCustomer: { customer: { id: string; code: string } } }>(
      'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id code } } }',
      {
        input: { currency: 'IDR', timeZone: 'Asia/Jakarta', accountManagerId: amId, ...input },
      },
    );
    return data.createCustomer.customer;
  }

  async function historyOf(
    type: 'customer' | 'project' | 'quote' | 'salesOrder' | 'invoice',
    id: string,
    token = amToken,
  ) {
    const result = await app.graphql<Record<string, { history: AuditEvent[] }>>(
      `query ($id: ID!) { ${type}(id: $id) { history { ${EVENT} } } }`,
      { id },
      { token },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data![type]!.history;
  }

  const byField = (a: AuditEvent, b: AuditEvent) => (a.field ?? '').localeCompare(b.field ?? '');

  describe('updateCustomer', () => {
    it('changes name, e-mail, tax id and time zone, bumps the version and records each change', async () => {
      const customer = await createCustomer({
        name: 'PT Lama',
        email: 'info@lama.example',
        taxId: '01.111.111.1-111.000',
      });
      tick();

      const data = await chain.call(UPDATE_CUSTOMER, {
        input: {
          customerId: customer.id,
          version: 1,
          name: 'PT Baru',
          email: 'halo@baru.example',
          taxId: '02.222.222.2-222.000',
          timeZone: 'Asia/Makassar',
        },
      });
      const history = await historyOf('customer', customer.id);

      expect(data).toEqual({
        updateCustomer: {
          customer: {
            name: 'PT Baru',
            email: 'halo@baru.example',
            taxId: '02.222.222.2-222.000',
            timeZone: 'Asia/Makassar',
            version: 2,
          },
        },
      });
      expect(history[0]).toEqual({ action: 'CREATED', field: null, from: null, to: null });
      expect(history.slice(1).sort(byField)).toEqual([
        {
          action: 'UPDATED',
          field: 'email',
          from: 'info@lama.example',
          to: 'halo@baru.example',
        },
        { action: 'UPDATED', field: 'name', from: 'PT Lama', to: 'PT Baru' },
        {
          action: 'UPDATED',
          field: 'taxId',
          from: '01.111.111.1-111.000',
          to: '02.222.222.2-222.000',
        },
        { action: 'UPDATED', field: 'timeZone', from: 'Asia/Jakarta', to: 'Asia/Makassar' },
      ]);
    });

    it('refuses a stale version with CONFLICT and changes nothing', async () => {
      const customer = await createCustomer({ name: 'PT Versi' });
      await chain.call(UPDATE_CUSTOMER, {
        input: { customerId: customer.id, version: 1, name: 'PT Versi Dua' },
      });

      const result = await app.graphql(
        UPDATE_CUSTOMER,
        { input: { customerId: customer.id, version: 1, name: 'PT Versi Tiga' } },
        { token: amToken },
      );
      const read = await chain.call('query ($id: ID!) { customer(id: $id) { name version } }', {
        id: customer.id,
      });

      expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(read).toEqual({ customer: { name: 'PT Versi Dua', version: 2 } });
    });

    it("refuses another customer's tax id with DUPLICATE naming that customer", async () => {
      const existing = await createCustomer({ name: 'PT Pertama', taxId: '03.333.333.3-333.000' });
      const customer = await createCustomer({ name: 'PT Kedua', taxId: '04.444.444.4-444.000' });

      const result = await app.graphql(
        UPDATE_CUSTOMER,
        { input: { customerId: customer.id, version: 1, taxId: '03.333.333.3-333.000' } },
        { token: amToken },
      );

      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'DUPLICATE',
        existingId: existing.id,
      });
    });

    it('refuses an account manager handing an account to another manager with FORBIDDEN', async () => {
      const customer = await createCustomer({ name: 'PT Serah Terima' });

      const result = await app.graphql(
        UPDATE_CUSTOMER,
        { input: { customerId: customer.id, version: 1, accountManagerId: otherAmId } },
        { token: amToken },
      );
      const rows = await app.database
        .sql`select account_manager_id from customers where id = ${customer.id}`;

      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(rows[0]!.account_manager_id).toBe(amId);
    });
  });

  describe('updateProject', () => {
    async function createProject(name: string) {
      const customer = await createCustomer({ name });
      tick();
      const data = await chain.call<{ createProject: { project: { id: string } } }>(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
        {
          input: {
            customerId: customer.id,
            name: 'Website',
            deadline: '2026-12-31',
            budget: '50000000.00',
            deliveryCost: '20000000.00',
          },
        },
      );
      return data.createProject.project;
    }

    it('changes budget, delivery cost, scope note and links, and records each change', async () => {
      const project = await createProject('PT Proyek Ubah');
      tick();

      const data = await chain.call(UPDATE_PROJECT, {
        input: {
          projectId: project.id,
          version: 1,
          budget: '60000000.00',
          deliveryCost: '25000000.50',
          scopeNote: 'Landing page and blog',
          documentLinks: ['https://docs.example/brief', 'http://intranet.example/contract.pdf'],
        },
      });
      const history = await historyOf('project', project.id);

      expect(data).toEqual({
        updateProject: {
          project: {
            budget: '60000000.00',
            deliveryCost: '25000000.50',
            scopeNote: 'Landing page and blog',
            documentLinks: ['https://docs.example/brief', 'http://intranet.example/contract.pdf'],
            version: 2,
          },
        },
      });
      expect(history[0]).toEqual({ action: 'CREATED', field: null, from: null, to: null });
      expect(
        history
          .slice(1)
          .map((event) => event.field)
          .sort(),
      ).toEqual(['budget', 'deliveryCost', 'documentLinks', 'scopeNote']);
      expect(history).toContainEqual({
        action: 'UPDATED',
        field: 'scopeNote',
        from: null,
        to: 'Landing page and blog',
      });
    });

    it('records a money change from and to Decimals of the currency', async () => {
      const project = await createProject('PT Uang Proyek');
      tick();

      await chain.call(UPDATE_PROJECT, {
        input: {
          projectId: project.id,
          version: 1,
          budget: '60000000.00',
          deliveryCost: '25000000.50',
        },
      });
      const history = await historyOf('project', project.id);

      expect(history.slice(1).sort(byField)).toEqual([
        { action: 'UPDATED', field: 'budget', from: '50000000.00', to: '60000000.00' },
        { action: 'UPDATED', field: 'deliveryCost', from: '20000000.00', to: '25000000.50' },
      ]);
    });

    it('records links given to a project that had none as a change from null', async () => {
      const project = await createProject('PT Tautan Baru');
      tick();

      await chain.call(UPDATE_PROJECT, {
        input: {
          projectId: project.id,
          version: 1,
          documentLinks: ['https://docs.example/brief', 'http://intranet.example/contract.pdf'],
        },
      });
      const history = await historyOf('project', project.id);

      expect(history.slice(1)).toEqual([
        {
          action: 'UPDATED',
          field: 'documentLinks',
          from: null,
          to: 'https://docs.example/brief\nhttp://intranet.example/contract.pdf',
        },
      ]);
    });

    it('records no change for a budget sent back as it was', async () => {
      const project = await createProject('PT Anggaran Sama');
      tick();

      await chain.call(UPDATE_PROJECT, {
        input: { projectId: project.id, version: 1, budget: '50000000.00' },
      });
      const history = await historyOf('project', project.id);

      expect(history).toEqual([{ action: 'CREATED', field: null, from: null, to: null }]);
    });

    it('refuses a link that is not http(s) with VALIDATION on input.documentLinks.0', async () => {
      const project = await createProject('PT Tautan Salah');

      const result = await app.graphql(
        UPDATE_PROJECT,
        {
          input: {
            projectId: project.id,
            version: 1,
            documentLinks: ['ftp://files.example/brief.pdf'],
          },
        },
        { token: amToken },
      );
      const read = await chain.call(
        'query ($id: ID!) { project(id: $id) { documentLinks version } }',
        { id: project.id },
      );

      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        field: 'input.documentLinks.0',
      });
      expect(read).toEqual({ project: { documentLinks: [], version: 1 } });
    });
  });

  describe('updateQuote', () => {
    async function quoteOf(name: string, asDraft: boolean) {
      const customer = await createCustomer({ name });
      const project = await chain.project(customer.id, '2026-12-31');
      tick();
      return chain.quote(project.id, '1000.00', '2026-07-01', asDraft);
    }

    it('changes the total and validity of a DRAFT and records them beside its creation and status changes', async () => {
      const quote = await quoteOf('PT Draf', true);
      tick();

      const data = await chain.call(UPDATE_QUOTE, {
        input: { quoteId: quote.id, version: 1, total: '1250.50', validUntil: '2026-07-31' },
      });
      tick();
      await chain.call('mutation ($id: ID!) { sendQuote(id: $id) { quote { id } } }', {
        id: quote.id,
      });
      tick();
      await chain.accept(quote.id);
      const history = await historyOf('quote', quote.id);

      expect(data).toEqual({
        updateQuote: {
          quote: { status: 'DRAFT', total: '1250.50', validUntil: '2026-07-31', version: 2 },
        },
      });
      expect(history[0]).toEqual({ action: 'CREATED', field: null, from: null, to: null });
      expect(history.slice(1, 3).sort(byField)).toEqual([
        { action: 'UPDATED', field: 'total', from: '1000.00', to: '1250.50' },
        { action: 'UPDATED', field: 'validUntil', from: '2026-07-01', to: '2026-07-31' },
      ]);
      expect(history.slice(3)).toEqual([
        { action: 'STATUS_CHANGED', field: null, from: 'DRAFT', to: 'ACTIVE' },
        { action: 'STATUS_CHANGED', field: null, from: 'ACTIVE', to: 'ACCEPTED' },
      ]);
    });

    it('refuses to change an ACTIVE quote and keeps its total', async () => {
      const quote = await quoteOf('PT Aktif', false);

      const result = await app.graphql(
        UPDATE_QUOTE,
        { input: { quoteId: quote.id, version: 1, total: '900.00' } },
        { token: amToken },
      );
      const read = await chain.call('query ($id: ID!) { quote(id: $id) { status total } }', {
        id: quote.id,
      });

      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        field: 'input.quoteId',
      });
      expect(read).toEqual({ quote: { status: 'ACTIVE', total: '1000.00' } });
    });
  });

  describe('history read by a DELIVERY user', () => {
    it('hides money values of budgets from DELIVERY and keeps it from quotes altogether', async () => {
      const customer = await createCustomer({ name: 'PT Buta Uang' });
      tick();
      const created = await chain.call<{ createProject: { project: { id: string } } }>(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
        {
          input: {
            customerId: customer.id,
            name: 'App',
            deadline: '2026-12-31',
            budget: '1000.00',
          },
        },
      );
      const projectId = created.createProject.project.id;
      tick();
      await chain.call(UPDATE_PROJECT, {
        input: { projectId, version: 1, budget: '2000.00', scopeNote: 'Mobile app' },
      });
      const quote = await chain.quote(projectId, '1000.00', '2026-07-01', true);
      tick();
      await chain.call(UPDATE_QUOTE, {
        input: { quoteId: quote.id, version: 1, total: '1500.00' },
      });
      tick();
      await chain.call('mutation ($id: ID!) { sendQuote(id: $id) { quote { id } } }', {
        id: quote.id,
      });
      tick();
      const order = await chain.accept(quote.id);

      const project = await historyOf('project', projectId, deliveryToken);
      const orderHistory = await historyOf('salesOrder', order.id, deliveryToken);
      const quoteRead = await app.graphql(
        'query ($id: ID!) { quote(id: $id) { history { action } } }',
        { id: quote.id },
        { token: deliveryToken },
      );

      expect(project.slice(1).sort(byField)).toEqual([
        { action: 'UPDATED', field: 'budget', from: null, to: null },
        { action: 'UPDATED', field: 'scopeNote', from: null, to: 'Mobile app' },
      ]);
      expect(orderHistory).toEqual([{ action: 'CREATED', field: null, from: null, to: null }]);
      // Delivery does not see quotes or invoices, nor so their histories.
      expect(quoteRead.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('hides the amounts of a billing plan from a DELIVERY user', async () => {
      const customer = await createCustomer({ name: 'PT Rencana Rahasia' });
      const project = await chain.project(customer.id, '2026-12-31');
      const order = await chain.accept((await chain.quote(project.id, '1000.00', '2026-07-01')).id);
      tick();
      await chain.call(SET_PLAN, {
        input: {
          salesOrderId: order.id,
          parts: [
            { kind: 'DEPOSIT', label: 'Deposit', percentage: '30' },
            { kind: 'MILESTONE', label: 'Rest', percentage: '70' },
          ],
        },
      });

      const history = await historyOf('salesOrder', order.id, deliveryToken);

      const plan = history.find((event) => event.action === 'PLAN_SET');
      expect(plan).toBeDefined();
      expect(plan!.to ?? '').not.toMatch(/300|700/);
    });
  });

  describe('money in history', () => {
    it('shows an invoice amount as a Decimal of the currency', async () => {
      const customer = await createCustomer({ name: 'PT Format Uang' });
      const project = await chain.project(customer.id, '2026-12-31');
      const order = await chain.accept((await chain.quote(project.id, '1000.00', '2026-07-01')).id);
      const invoice = await chain.invoice(order.id, '500.00', '2026-07-15');

      const history = await historyOf('invoice', invoice.id);

      expect(history).toEqual([{ action: 'CREATED', field: 'amount', from: null, to: '500.00' }]);
    });

    it('shows the amounts of a billing plan as Decimals of the currency', async () => {
      const customer = await createCustomer({ name: 'PT Format Rencana' });
      const project = await chain.project(customer.id, '2026-12-31');
      const order = await chain.accept((await chain.quote(project.id, '1000.00', '2026-07-01')).id);

      await chain.call(SET_PLAN, {
        input: {
          salesOrderId: order.id,
          parts: [
            { kind: 'DEPOSIT', label: 'Deposit', percentage: '30' },
            { kind: 'MILESTONE', label: 'Rest', percentage: '70' },
          ],
        },
      });
      const history = await historyOf('salesOrder', order.id);

      expect(history).toContainEqual({
        action: 'PLAN_SET',
        field: 'billingPlan',
        from: null,
        to: 'Deposit: 300.00; Rest: 700.00',
      });
    });
  });
});
