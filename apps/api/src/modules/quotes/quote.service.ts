import { eq, sql } from 'drizzle-orm';

import { nextCode, schema, type Database, type Executor } from '@arus/db';
import {
  ArusError,
  QUOTE_TRANSITIONS,
  assertMove,
  effectiveQuoteStatus,
  localDateIn,
  formatAmount,
  notFound,
  parseAmount,
  validationError,
  yearOf,
  type Clock,
  type QuoteStatus,
} from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { readId } from '../../graphql/input';
import { storedAmountText } from '../../graphql/money';
import { staleVersion } from '../../graphql/version';
import { assertCanRead, assertMay } from '../access/policy';
import { changedFields, recordAudit } from '../audit/audit.service';
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
  assertMay(viewer, 'QUOTES', await accountOf(tx, quote.customerId));
  return quote;
}

/** Stores a quote's new status and its trace; `actor` null is the expiry sweep. */
export async function storeQuoteStatus(
  tx: Executor,
  clock: Clock,
  actor: Viewer | null,
  quote: QuoteRow,
  status: QuoteStatus,
  decidedOn: string | null,
): Promise<QuoteRow> {
  const [row] = await tx
    .update(schema.quotes)
    .set({ status, decidedOn, version: sql`${schema.quotes.version} + 1`, updatedAt: clock.now() })
    .where(eq(schema.quotes.id, quote.id))
    .returning();
  await recordAudit(tx, clock, actor, [
    {
      customerId: quote.customerId,
      entityType: 'QUOTE',
      entityId: quote.id,
      action: 'STATUS_CHANGED',
      from: quote.status,
      to: status,
    },
  ]);
  return { ...row!, timeZone: quote.timeZone };
}

export async function findQuote(
  db: Database,
  viewer: Viewer,
  id: string,
): Promise<QuoteRow | null> {
  const [quote] = await selectQuotes(db, eq(schema.quotes.id, id));
  if (!quote) return null;
  assertCanRead(viewer, 'Quote', await accountOf(db, quote.customerId));
  return quote;
}

/** A quote total as stored: exact, in the account's currency, not negative. */
function readQuoteTotal(text: string, currency: string): string {
  const total = parseAmount('input.total', text, currency);
  if (total <= 0n) throw validationError('input.total', 'A quote total must be more than zero.');
  return formatAmount(total, currency);
}

function readValidUntil(validUntil: string, today: string, timeZone: string): string {
  if (validUntil < today) {
    throw validationError(
      'input.validUntil',
      `Valid-until ${validUntil} is already past (today is ${today} in ${timeZone}).`,
    );
  }
  return validUntil;
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
      .where(eq(schema.projects.id, readId('input.projectId', input.projectId, 'project')));
    if (!project) {
      throw new ArusError('NOT_FOUND', `No project with id ${input.projectId} exists.`, {
        field: 'input.projectId',
      });
    }
    const customer = await lockCustomer(tx, project.customerId);
    assertMay(viewer, 'QUOTES', customer);

    const total = readQuoteTotal(input.total, customer.currency);
    const today = localDateIn(customer.timeZone, clock.now());
    const validUntil = readValidUntil(input.validUntil, today, customer.timeZone);

    const code = await nextCode(tx, 'QUOTE', yearOf(await companyToday(tx, clock)));
    const [quote] = await tx
      .insert(schema.quotes)
      .values({
        code,
        projectId: project.id,
        customerId: customer.id,
        status: input.asDraft ? 'DRAFT' : 'ACTIVE',
        total,
        currency: customer.currency,
        validUntil,
      })
      .returning();
    await recordAudit(tx, clock, viewer, [
      { customerId: customer.id, entityType: 'QUOTE', entityId: quote!.id, action: 'CREATED' },
    ]);

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
    if (quote.validUntil < today) {
      throw new ArusError(
        'QUOTE_EXPIRED',
        `Quote ${quote.code} is valid until ${quote.validUntil} (${quote.timeZone}), already past; set a later valid-until before sending it.`,
        { validUntil: quote.validUntil },
      );
    }

    return storeQuoteStatus(tx, clock, viewer, quote, 'ACTIVE', null);
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

    return storeQuoteStatus(tx, clock, viewer, quote, 'DECLINED', today);
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
    // Expired, whether the sweep has stored it yet or not.
    if (effectiveQuoteStatus(quote.status, quote.validUntil, today) === 'EXPIRED') {
      throw expiredError(quote);
    }
    assertMove('quote', QUOTE_TRANSITIONS, quote.status, 'ACCEPTED');

    const accepted = await storeQuoteStatus(tx, clock, viewer, quote, 'ACCEPTED', today);
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
    await recordAudit(tx, clock, viewer, [
      {
        customerId: quote.customerId,
        entityType: 'SALES_ORDER',
        entityId: salesOrder!.id,
        action: 'CREATED',
      },
    ]);

    return { quote: accepted, salesOrder: salesOrder! };
  });
}

/**
 * Edits a DRAFT quote's total or validity. A sent quote is what the customer saw: changing it
 * means a new quote. `version` is the one the editor loaded (else CONFLICT).
 */
export async function updateQuote(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: { quoteId: string; version: number; total?: string | null; validUntil?: string | null },
): Promise<QuoteRow> {
  return db.transaction(async (tx) => {
    const quote = await lockQuote(tx, viewer, input.quoteId);
    if (quote.version !== input.version) throw staleVersion('quote', quote.code);
    if (quote.status !== 'DRAFT') {
      throw validationError(
        'input.quoteId',
        `Quote ${quote.code} is ${quote.status}: only a draft can change; make a new quote instead.`,
      );
    }
    const total = input.total == null ? undefined : readQuoteTotal(input.total, quote.currency);
    const validUntil =
      input.validUntil == null
        ? undefined
        : readValidUntil(
            input.validUntil,
            localDateIn(quote.timeZone, clock.now()),
            quote.timeZone,
          );

    const [row] = await tx
      .update(schema.quotes)
      .set({
        total,
        validUntil,
        version: sql`${schema.quotes.version} + 1`,
        updatedAt: clock.now(),
      })
      .where(eq(schema.quotes.id, quote.id))
      .returning();
    await recordAudit(
      tx,
      clock,
      viewer,
      changedFields(
        { customerId: quote.customerId, entityType: 'QUOTE', entityId: quote.id },
        {
          total: storedAmountText(quote.total, quote.currency),
          validUntil: quote.validUntil,
        },
        { total, validUntil },
      ),
    );
    return { ...row!, timeZone: quote.timeZone };
  });
}
