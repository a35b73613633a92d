import { and, eq, type SQL } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';
import {
  effectiveQuoteStatus,
  localDateIn,
  parseStoredAmount,
  validationError,
  type Clock,
  type InvoiceFacts,
  type Period,
  type ProjectFacts,
  type QuoteFacts,
} from '@arus/domain';

import { currentYear } from '../settings/company.service';

/**
 * The rows the KPIs of some accounts are computed from (their definitions are in
 * @arus/domain). Each kind is read once, when a KPI that needs it is asked for. This loads every
 * row of those accounts: fine for an account or a portfolio, slow for a company with hundreds of
 * thousands of invoices.
 */
export class KpiFacts {
  private invoiceRows?: Promise<InvoiceFacts[]>;
  private quoteRows?: Promise<QuoteFacts[]>;
  private projectRows?: Promise<ProjectFacts[]>;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    /** The accounts counted: already narrowed to those the viewer may open. */
    private readonly accounts: SQL | undefined,
    readonly period: Period,
  ) {}

  invoices(): Promise<InvoiceFacts[]> {
    const now = this.clock.now();
    this.invoiceRows ??= this.db
      .select({
        status: schema.invoices.status,
        dueDate: schema.invoices.dueDate,
        completedOn: schema.invoices.completedOn,
        amount: schema.invoices.amount,
        currency: schema.invoices.currency,
        timeZone: schema.customers.timeZone,
      })
      .from(schema.invoices)
      .innerJoin(schema.customers, eq(schema.customers.id, schema.invoices.customerId))
      .where(this.accounts)
      .then((rows) =>
        rows.map((row) => ({
          status: row.status,
          dueDate: row.dueDate,
          completedOn: row.completedOn,
          amount: { minor: parseStoredAmount(row.amount, row.currency), currency: row.currency },
          today: localDateIn(row.timeZone, now),
        })),
      );
    return this.invoiceRows;
  }

  quotes(): Promise<QuoteFacts[]> {
    const now = this.clock.now();
    this.quoteRows ??= this.db
      .select({
        status: schema.quotes.status,
        validUntil: schema.quotes.validUntil,
        decidedOn: schema.quotes.decidedOn,
        timeZone: schema.customers.timeZone,
      })
      .from(schema.quotes)
      .innerJoin(schema.customers, eq(schema.customers.id, schema.quotes.customerId))
      .where(this.accounts)
      .then((rows) =>
        rows.map((row) => ({
          validUntil: row.validUntil,
          decidedOn: row.decidedOn,
          status: effectiveQuoteStatus(row.status, row.validUntil, localDateIn(row.timeZone, now)),
        })),
      );
    return this.quoteRows;
  }

  projects(): Promise<ProjectFacts[]> {
    this.projectRows ??= this.db
      .select({ deadline: schema.projects.deadline, deliveredOn: schema.projects.deliveredOn })
      .from(schema.projects)
      .innerJoin(schema.customers, eq(schema.customers.id, schema.projects.customerId))
      .where(this.accounts);
    return this.projectRows;
  }
}

export async function readPeriod(
  db: Database,
  clock: Clock,
  from: string | null,
  to: string | null,
): Promise<Period> {
  const year = await currentYear(db, clock);
  const period = { from: from ?? year.from, to: to ?? year.to };
  if (period.from > period.to) {
    throw validationError(
      'from',
      `The period starts (${period.from}) after it ends (${period.to}).`,
    );
  }
  return period;
}

export function accountsOf(...conditions: (SQL | undefined)[]): SQL | undefined {
  return and(...conditions);
}
