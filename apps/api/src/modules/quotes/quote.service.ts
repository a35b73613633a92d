import { eq, sql } from 'drizzle-orm';

import { nextCode, schema, type Database, type Executor } from '@arus/db';
import {
  ArusError,
  QUOTE_TRANSITIONS,
  assertMove,
  effectiveQuoteStatus,
  localDateIn,
  notFound,
  parseAmount,
  validationError,
  yearOf,
  type Clock,
  type QuoteStatus,
} from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { assertCanOpenCustomer, assertCanWrite } from '../access/policy';
import { accountOf, lockCustomer } from '../customers/customer.service';
import type { SalesOrderRow } from '../orders/sales-order.mapper';
import { companyToday } from '../settings/company.service';
import { selectQuotes } from './quote.loader';
import type { QuoteRow } from './quote.mapper';
import type { CreateQuoteInput } from './quote.types';

/** The quote, locked, after checking that the viewer may change its account. */
async function lockQuote(tx: Executor, viewer: Viewer, id: string): Promise<QuoteRow> {
  const [quote] = await selectQuotes(tx, eq(schema.quotes.id, id), true);
  if (!quote) throw notFound('quote', id);
  assertCanWrite(viewer, await accountOf(tx, quote.customerId));
  return quote;
}

async function storeQuoteStatus(
  tx: Executor,
  quote: QuoteRow,
  status: QuoteStatus,
  decidedOn: string | null,
): Promise<QuoteRow> {
  const [row] = await tx
    .update(schema.quotes)
    .set({ status, decidedOn, version: sql`${schema.quotes.version} + 1`, updatedAt: new Date() })
    .where(eq(schema.quotes.id, quote.id))
    .returning();
  return { ...row!, timeZone: quote.timeZone };
}

export async function findQuote(
  db: Database,
  viewer: Viewer,
  id: string,
): Promise<QuoteRow | null> {
  const [quote] = await selectQuotes(db, eq(schema.quotes.id, id));
  if (!quote) return null;
  assertCanOpenCustomer(viewer, await accountOf(db, quote.customerId));
  return quote;
}

export async function createQuote(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: CreateQuoteInput,
): Promise<QuoteRow> {
  return db.transaction(async (tx) => {
    const [project] = await tx
      .select()
      .from(schema.projects)
      .where(eq(schema.projects.id, input.projectId));
    if (!project) {
      throw new ArusError('NOT_FOUND', `No project with id ${input.projectId} exists.`, {
        field: 'input.projectId',
      });
    }
    const customer = await lockCustomer(tx, project.customerId);
    assertCanWrite(viewer, customer);

    const total = parseAmount('input.total', input.total, customer.currency);
    if (total < 0n) throw validationError('input.total', 'A quote total cannot be negative.');
    const today = localDateIn(customer.timeZone, clock.now());
    if (input.validUntil < today) {
      throw validationError(
        'input.validUntil',
        `Valid-until ${input.validUntil} is already past (today is ${today} in ${customer.timeZone}).`,
      );
    }

    const code = await nextCode(tx, 'QUOTE', yearOf(await companyToday(tx, clock)));
    const [quote] = await tx
      .insert(schema.quotes)
      .values({
        code,
        projectId: project.id,
        customerId: customer.id,
        status: input.asDraft ? 'DRAFT' : 'ACTIVE',
        total: input.total,
        currency: customer.currency,
        validUntil: input.validUntil,
      })
      .returning();
    return { ...quote!, timeZone: customer.timeZone };
  });
}

function expiredError(quote: QuoteRow): ArusError {
  return new ArusError(
    'QUOTE_EXPIRED',
    `Quote ${quote.code} was valid until ${quote.validUntil} (${quote.timeZone}) and can no longer be accepted; make a new quote.`,
    { validUntil: quote.validUntil },
  );
}

/** DRAFT → ACTIVE: the quote goes to the customer and can now be accepted. */
export async function sendQuote(db: Database, clock: Clock, viewer: Viewer, id: string) {
  return db.transaction(async (tx) => {
    const quote = await lockQuote(tx, viewer, id);
    const today = localDateIn(quote.timeZone, clock.now());

    assertMove('quote', QUOTE_TRANSITIONS, quote.status, 'ACTIVE');
    if (quote.validUntil < today) throw expiredError(quote);

    return storeQuoteStatus(tx, quote, 'ACTIVE', null);
  });
}

export async function declineQuote(db: Database, clock: Clock, viewer: Viewer, id: string) {
  return db.transaction(async (tx) => {
    const quote = await lockQuote(tx, viewer, id);
    const today = localDateIn(quote.timeZone, clock.now());

    assertMove(
      'quote',
      QUOTE_TRANSITIONS,
      effectiveQuoteStatus(quote.status, quote.validUntil, today),
      'DECLINED',
    );

    return storeQuoteStatus(tx, quote, 'DECLINED', today);
  });
}

/**
 * ACTIVE → ACCEPTED, creating the quote's one sales order in the same transaction. The quote row
 * lock queues concurrent accepts: the first creates the order, the others get that order back.
 */
export async function acceptQuote(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  id: string,
): Promise<{ quote: QuoteRow; salesOrder: SalesOrderRow }> {
  return db.transaction(async (tx) => {
    const quote = await lockQuote(tx, viewer, id);
    if (quote.status === 'ACCEPTED') {
      const [salesOrder] = await tx
        .select()
        .from(schema.salesOrders)
        .where(eq(schema.salesOrders.quoteId, quote.id));
      if (!salesOrder) throw new Error(`Accepted quote ${quote.code} has no sales order`);
      return { quote, salesOrder };
    }
    const today = localDateIn(quote.timeZone, clock.now());
    if (quote.status === 'ACTIVE' && quote.validUntil < today) throw expiredError(quote);
    assertMove('quote', QUOTE_TRANSITIONS, quote.status, 'ACCEPTED');

    const accepted = await storeQuoteStatus(tx, quote, 'ACCEPTED', today);
    const [project] = await tx
      .select({ deadline: schema.projects.deadline })
      .from(schema.projects)
      .where(eq(schema.projects.id, quote.projectId))
      .for('share');
    const code = await nextCode(tx, 'SALES_ORDER', yearOf(await companyToday(tx, clock)));
    const [salesOrder] = await tx
      .insert(schema.salesOrders)
      .values({
        code,
        quoteId: quote.id,
        projectId: quote.projectId,
        customerId: quote.customerId,
        status: 'OPEN',
        total: quote.total,
        currency: quote.currency,
        deadline: project!.deadline,
      })
      .returning();

    return { quote: accepted, salesOrder: salesOrder! };
  });
}
