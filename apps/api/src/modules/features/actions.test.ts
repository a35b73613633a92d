import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { TestClock, startTestApp, type TestApp } from '../../testing/test-app';

const QUOTE = 'query ($id: ID!) { quote(id: $id) { status actions } }';
const ORDER = 'query ($id: ID!) { salesOrder(id: $id) { status actions } }';
const INVOICE = 'query ($id: ID!) { invoice(id: $id) { status actions } }';

describe('next actions of quotes, orders and invoices', () => {
  // 2026-06-15 10:00 in Jakarta.
  const clock = new TestClock(new Date('2026-06-15T03:00:00Z'));
  let app: TestApp;
  let chain: ReturnType<typeof chainBuilder>;
  let amId: string;
  let deliveryToken: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const am = await app.createUser('ACCOUNT_MANAGER');
    amId = am.id;
    deliveryToken = (await app.createUser('DELIVERY')).token;
    chain = chainBuilder(app, am.token);
  });

  afterAll(async () => {
    await app.close();
  });

  let customers = 0;
  async function project() {
    customers += 1;
    const customer = await chain.customer({
      name: `Actions Customer ${customers}`,
      accountManagerId: amId,
    });
    return chain.project(customer.id, '2026-12-31');
  }

  async function openOrder() {
    const { id } = await project();
    return chain.accept((await chain.quote(id, '1000.00', '2026-07-01')).id);
  }

  const read = <T>(query: string, id: string, token?: string) =>
    token
      ? app.graphql<T>(query, { id }, { token }).then((result) => result.data!)
      : chain.call<T>(query, { id });

  describe('Quote.actions', () => {
    it('offers EDIT and SEND on a DRAFT', async () => {
      const quote = await chain.quote((await project()).id, '1000.00', '2026-07-01', true);

      const data = await read(QUOTE, quote.id);

      expect(data).toEqual({ quote: { status: 'DRAFT', actions: ['EDIT', 'SEND'] } });
    });

    it('offers ACCEPT and DECLINE on an ACTIVE quote', async () => {
      const quote = await chain.quote((await project()).id, '1000.00', '2026-07-01');

      const data = await read(QUOTE, quote.id);

      expect(data).toEqual({ quote: { status: 'ACTIVE', actions: ['ACCEPT', 'DECLINE'] } });
    });

    it('reads an ACTIVE quote past its valid-until day as EXPIRED with nothing to do', async () => {
      const quote = await chain.quote((await project()).id, '1000.00', '2026-06-20');

      clock.set('2026-06-20T17:00:00Z'); // 00:00 on the 21st in Jakarta
      const data = await read(QUOTE, quote.id);
      clock.set('2026-06-15T03:00:00Z');

      expect(data).toEqual({ quote: { status: 'EXPIRED', actions: [] } });
    });

    it('offers an ACTIVE quote still on its last valid day for acceptance', async () => {
      const quote = await chain.quote((await project()).id, '1000.00', '2026-06-20');

      clock.set('2026-06-20T16:59:00Z'); // 23:59 on the 20th in Jakarta
      const data = await read(QUOTE, quote.id);
      clock.set('2026-06-15T03:00:00Z');

      expect(data).toEqual({ quote: { status: 'ACTIVE', actions: ['ACCEPT', 'DECLINE'] } });
    });

    it('offers nothing on an ACCEPTED quote', async () => {
      const quote = await chain.quote((await project()).id, '1000.00', '2026-07-01');
      await chain.accept(quote.id);

      const data = await read(QUOTE, quote.id);

      expect(data).toEqual({ quote: { status: 'ACCEPTED', actions: [] } });
    });

    it('shows a DELIVERY viewer no quote at all: delivery does not see quotes', async () => {
      const draft = await chain.quote((await project()).id, '1000.00', '2026-07-01', true);

      const result = await app.graphql(QUOTE, { id: draft.id }, { token: deliveryToken });

      expect(result.data).toEqual({ quote: null });
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('Invoice.actions', () => {
    it('follows the status machine from GENERATED to COMPLETED', async () => {
      const order = await openOrder();
      const invoice = await chain.invoice(order.id, '400.00', '2026-07-15');

      const generated = await read(INVOICE, invoice.id);
      await chain.move('sendInvoice', invoice.id);
      const sent = await read(INVOICE, invoice.id);
      await chain.move('startInvoiceProcessing', invoice.id);
      const processing = await read(INVOICE, invoice.id);
      await chain.move('completeInvoice', invoice.id);
      const completed = await read(INVOICE, invoice.id);

      expect(generated).toEqual({ invoice: { status: 'GENERATED', actions: ['SEND', 'VOID'] } });
      expect(sent).toEqual({
        invoice: { status: 'SENT', actions: ['START_PROCESSING', 'REJECT'] },
      });
      expect(processing).toEqual({
        invoice: { status: 'PROCESSING', actions: ['COMPLETE', 'REJECT'] },
      });
      expect(completed).toEqual({ invoice: { status: 'COMPLETED', actions: [] } });
    });

    it('offers REISSUE on a REJECTED invoice until it is re-issued, then nothing', async () => {
      const order = await openOrder();
      const invoice = await chain.invoice(order.id, '400.00', '2026-07-15');
      await chain.move('sendInvoice', invoice.id);
      await chain.move('rejectInvoice', invoice.id, ', reason: "Wrong address"');

      const rejected = await read(INVOICE, invoice.id);
      await chain.call('mutation ($id: ID!) { reissueInvoice(id: $id) { invoice { id } } }', {
        id: invoice.id,
      });
      const reissued = await read(INVOICE, invoice.id);

      expect(rejected).toEqual({ invoice: { status: 'REJECTED', actions: ['REISSUE'] } });
      expect(reissued).toEqual({ invoice: { status: 'REJECTED', actions: [] } });
    });

    it('offers nothing on a VOIDED invoice', async () => {
      const order = await openOrder();
      const invoice = await chain.invoice(order.id, '400.00', '2026-07-15');
      await chain.move('voidInvoice', invoice.id);

      const data = await read(INVOICE, invoice.id);

      expect(data).toEqual({ invoice: { status: 'VOIDED', actions: [] } });
    });

    it('shows a DELIVERY viewer no invoice at all: delivery does not see invoices', async () => {
      const order = await openOrder();
      const invoice = await chain.invoice(order.id, '400.00', '2026-07-15');

      const result = await app.graphql(INVOICE, { id: invoice.id }, { token: deliveryToken });

      expect(result.data).toEqual({ invoice: null });
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('SalesOrder.actions', () => {
    const setProgress = (salesOrderId: string, progress: number) =>
      chain.call(
        `mutation ($input: UpdateSalesOrderProgressInput!) {
          updateSalesOrderProgress(input: $input) { salesOrder { id } }
        }`,
        { input: { salesOrderId, progress } },
      );

    it('offers SET_PROGRESS, MOVE_DEADLINE, CANCEL and SET_BILLING_PLAN on an OPEN order with no invoices', async () => {
      const order = await openOrder();

      const data = await read(ORDER, order.id);

      expect(data).toEqual({
        salesOrder: {
          status: 'OPEN',
          actions: ['SET_PROGRESS', 'MOVE_DEADLINE', 'CANCEL', 'SET_BILLING_PLAN'],
        },
      });
    });

    it('offers FULFILL once the order is IN_PROGRESS', async () => {
      const order = await openOrder();
      await setProgress(order.id, 50);

      const data = await read(ORDER, order.id);

      expect(data).toEqual({
        salesOrder: {
          status: 'IN_PROGRESS',
          actions: ['SET_PROGRESS', 'MOVE_DEADLINE', 'FULFILL', 'CANCEL', 'SET_BILLING_PLAN'],
        },
      });
    });

    it('drops CANCEL and SET_BILLING_PLAN once an invoice bills the order', async () => {
      const order = await openOrder();
      await chain.invoice(order.id, '400.00', '2026-07-15');

      const data = await read(ORDER, order.id);

      // A plan is set before billing starts: an amount billed outside it would leave the
      // plan's last part unbillable.
      expect(data).toEqual({
        salesOrder: {
          status: 'OPEN',
          actions: ['SET_PROGRESS', 'MOVE_DEADLINE'],
        },
      });
    });

    it('offers nothing on a CANCELLED order', async () => {
      const order = await openOrder();
      await chain.call('mutation ($id: ID!) { cancelSalesOrder(id: $id) { salesOrder { id } } }', {
        id: order.id,
      });

      const data = await read(ORDER, order.id);

      expect(data).toEqual({ salesOrder: { status: 'CANCELLED', actions: [] } });
    });

    it('offers a DELIVERY viewer only the delivery actions', async () => {
      const open = await openOrder();
      const started = await openOrder();
      await setProgress(started.id, 50);

      const openRead = await read(ORDER, open.id, deliveryToken);
      const startedRead = await read(ORDER, started.id, deliveryToken);

      expect(openRead).toEqual({
        salesOrder: { status: 'OPEN', actions: ['SET_PROGRESS', 'MOVE_DEADLINE'] },
      });
      expect(startedRead).toEqual({
        salesOrder: {
          status: 'IN_PROGRESS',
          actions: ['SET_PROGRESS', 'MOVE_DEADLINE', 'FULFILL'],
        },
      });
    });
  });
});
