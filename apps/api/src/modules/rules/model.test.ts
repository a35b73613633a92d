import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { startTestApp, type TestApp } from '../../testing/test-app';

/*
 * A small model of one order's invoices, written from the domain description on its own: it
 * shares no status table and no money code with the product, so that both being wrong the same
 * way is unlikely.
 */

type Status = 'GENERATED' | 'SENT' | 'PROCESSING' | 'COMPLETED' | 'REJECTED' | 'VOIDED';

/** GENERATED → SENT → PROCESSING → COMPLETED; SENT or PROCESSING → REJECTED; GENERATED → VOIDED. */
const NEXT: Record<Status, Status[]> = {
  GENERATED: ['SENT', 'VOIDED'],
  SENT: ['PROCESSING', 'REJECTED'],
  PROCESSING: ['COMPLETED', 'REJECTED'],
  COMPLETED: [],
  REJECTED: [],
  VOIDED: [],
};

const MOVES = {
  send: { mutation: 'sendInvoice', to: 'SENT', extra: '' },
  process: { mutation: 'startInvoiceProcessing', to: 'PROCESSING', extra: '' },
  complete: { mutation: 'completeInvoice', to: 'COMPLETED', extra: '' },
  reject: { mutation: 'rejectInvoice', to: 'REJECTED', extra: ', reason: "Wrong PO number"' },
  void: { mutation: 'voidInvoice', to: 'VOIDED', extra: '' },
} as const satisfies Record<string, { mutation: string; to: Status; extra: string }>;

type Move = keyof typeof MOVES;

/** 1,000.00 in cents. */
const ORDER_TOTAL = 100_000n;

function toText(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

interface ModelInvoice {
  id: string;
  status: Status;
  cents: bigint;
  reissueOf: string | null;
  isReissued: boolean;
}

class OrderModel {
  invoices: ModelInvoice[] = [];

  billed(): bigint {
    return this.invoices
      .filter((invoice) => invoice.status !== 'REJECTED' && invoice.status !== 'VOIDED')
      .reduce((sum, invoice) => sum + invoice.cents, 0n);
  }

  unbilled(): bigint {
    return ORDER_TOTAL - this.billed();
  }
}

type Step =
  | { kind: 'create'; cents: number }
  | { kind: 'createRest'; delta: number }
  | { kind: 'move'; move: Move; pick: number }
  | { kind: 'reissue'; pick: number };

/** Moves come up more often than the rest: most of the status machine lies there. */
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), cents: fc.integer({ min: 1, max: 60_000 }) }),
  fc.record({ kind: fc.constant('createRest' as const), delta: fc.integer({ min: -1, max: 1 }) }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      move: fc.constantFrom(...(Object.keys(MOVES) as Move[])),
      pick: fc.nat(),
    }),
  },
  fc.record({ kind: fc.constant('reissue' as const), pick: fc.nat() }),
);

type Outcome = { ok: true } | { ok: false; extensions: Record<string, unknown> };

const ORDER = `query ($id: ID!) {
  salesOrder(id: $id) { billedTotal unbilledTotal invoices { id status amount reissueOf { id } } }
}`;
const CREATE = `mutation ($input: CreateInvoiceInput!) {
  createInvoice(input: $input) { invoice { id status amount } }
}`;
const REISSUE = 'mutation ($id: ID!) { reissueInvoice(id: $id) { invoice { id status amount } } }';

describe('invoices of one order, against a model', () => {
  let app: TestApp;
  let chain: ReturnType<typeof chainBuilder>;
  let token: string;
  let projectId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const am = await app.createUser('ACCOUNT_MANAGER');
    token = am.token;
    chain = chainBuilder(app, token);
    const customer = await chain.customer({ name: 'Model Account', accountManagerId: am.id });
    projectId = (await chain.project(customer.id, '2026-12-31')).id;
  });

  afterAll(async () => {
    await app.close();
  });

  type InvoiceData = { invoice: { id: string; status: string; amount: string } };

  async function createInvoice(model: OrderModel, orderId: string, cents: bigint) {
    const amount = toText(cents < 0n ? 0n : cents);
    const result = await app.graphql<{ createInvoice: InvoiceData }>(
      CREATE,
      { input: { salesOrderId: orderId, amount, dueDate: '2026-07-15' } },
      { token },
    );

    let expected: Outcome = { ok: true };
    if (cents <= 0n) {
      expected = { ok: false, extensions: { code: 'VALIDATION', field: 'input.amount' } };
    } else if (cents > model.unbilled()) {
      expected = {
        ok: false,
        extensions: { code: 'OVERBILLED', billable: toText(model.unbilled()) },
      };
    }
    checkOutcome(result.errors, expected);
    if (expected.ok) {
      const invoice = result.data!.createInvoice.invoice;
      expect(invoice).toMatchObject({ status: 'GENERATED', amount });
      model.invoices.push({
        id: invoice.id,
        status: 'GENERATED',
        cents,
        reissueOf: null,
        isReissued: false,
      });
    }
  }

  async function moveInvoice(model: OrderModel, invoice: ModelInvoice, move: Move) {
    const { mutation, to, extra } = MOVES[move];
    const result = await app.graphql<Record<string, InvoiceData>>(
      `mutation ($id: ID!) { ${mutation}(id: $id${extra}) { invoice { id status } } }`,
      { id: invoice.id },
      { token },
    );

    const expected: Outcome = NEXT[invoice.status].includes(to)
      ? { ok: true }
      : { ok: false, extensions: { code: 'INVALID_TRANSITION', from: invoice.status, to } };
    checkOutcome(result.errors, expected);
    if (expected.ok) {
      expect(result.data![mutation]!.invoice.status).toBe(to);
      invoice.status = to;
    }
  }

  async function reissueInvoice(model: OrderModel, invoice: ModelInvoice) {
    const result = await app.graphql<{ reissueInvoice: InvoiceData }>(
      REISSUE,
      { id: invoice.id },
      { token },
    );

    let expected: Outcome = { ok: true };
    if (invoice.status !== 'REJECTED') {
      expected = { ok: false, extensions: { code: 'INVALID_TRANSITION', from: invoice.status } };
    } else if (invoice.isReissued) {
      expected = { ok: false, extensions: { code: 'CONFLICT' } };
    } else if (invoice.cents > model.unbilled()) {
      expected = {
        ok: false,
        extensions: { code: 'OVERBILLED', billable: toText(model.unbilled()) },
      };
    }
    checkOutcome(result.errors, expected);
    if (expected.ok) {
      const created = result.data!.reissueInvoice.invoice;
      expect(created).toMatchObject({ status: 'GENERATED', amount: toText(invoice.cents) });
      invoice.isReissued = true;
      model.invoices.push({
        id: created.id,
        status: 'GENERATED',
        cents: invoice.cents,
        reissueOf: invoice.id,
        isReissued: false,
      });
    }
  }

  function checkOutcome(
    errors: { extensions: Record<string, unknown> }[] | undefined,
    expected: Outcome,
  ) {
    if (expected.ok) {
      expect(errors).toBeUndefined();
    } else {
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions).toMatchObject(expected.extensions);
    }
  }

  async function expectOrderAsModelled(model: OrderModel, orderId: string) {
    const result = await app.graphql<{
      salesOrder: {
        billedTotal: string;
        unbilledTotal: string;
        invoices: {
          id: string;
          status: string;
          amount: string;
          reissueOf: { id: string } | null;
        }[];
      };
    }>(ORDER, { id: orderId }, { token });

    expect(result.data!.salesOrder).toEqual({
      billedTotal: toText(model.billed()),
      unbilledTotal: toText(model.unbilled()),
      // Invoices come by number, which follows the order they were made in.
      invoices: model.invoices.map((invoice) => ({
        id: invoice.id,
        status: invoice.status,
        amount: toText(invoice.cents),
        reissueOf: invoice.reissueOf && { id: invoice.reissueOf },
      })),
    });
  }

  it('moves, bills and refuses exactly as the model predicts', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const quote = await chain.quote(projectId, toText(ORDER_TOTAL), '2026-07-31');
        const order = await chain.accept(quote.id);
        const model = new OrderModel();

        for (const next of steps) {
          const picked =
            model.invoices[('pick' in next ? next.pick : 0) % (model.invoices.length || 1)];
          if (next.kind === 'create') {
            await createInvoice(model, order.id, BigInt(next.cents));
          } else if (next.kind === 'createRest') {
            await createInvoice(model, order.id, model.unbilled() + BigInt(next.delta));
          } else if (picked && next.kind === 'move') {
            await moveInvoice(model, picked, next.move);
          } else if (picked && next.kind === 'reissue') {
            await reissueInvoice(model, picked);
          }

          await expectOrderAsModelled(model, order.id);
        }
      }),
      { numRuns: 15 },
    );
  });
});
