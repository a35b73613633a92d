import { and, eq, type SQL } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';
import {
  effectiveQuoteStatus,
  formatAmount,
  localDateIn,
  onTimeDelivery,
  parseStoredAmount,
  quoteConversion,
  revenue,
  summariseOverdue,
  validationError,
  type Clock,
  type Money,
  type Period,
} from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { canSeeMoney } from '../access/policy';
import { currentYear } from '../settings/company.service';
import type { Kpis } from './dashboard.types';

/**
 * Computes the KPIs over the accounts that `accounts` selects. Rows are read once per KPI source
 * and the definitions come from @arus/domain. This loads every row of those accounts: fine for
 * an account or a portfolio, slow for a company with hundreds of thousands of invoices.
 */
export async function computeKpis(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  accounts: SQL | undefined,
  period: Period,
): Promise<Kpis> {
  const now = clock.now();
  const [invoiceRows, quoteRows, projectRows] = await Promise.all([
    db
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
      .where(accounts),
    db
      .select({
        status: schema.quotes.status,
        validUntil: schema.quotes.validUntil,
        decidedOn: schema.quotes.decidedOn,
        timeZone: schema.customers.timeZone,
      })
      .from(schema.quotes)
      .innerJoin(schema.customers, eq(schema.customers.id, schema.quotes.customerId))
      .where(accounts),
    db
      .select({ deadline: schema.projects.deadline, deliveredOn: schema.projects.deliveredOn })
      .from(schema.projects)
      .innerJoin(schema.customers, eq(schema.customers.id, schema.projects.customerId))
      .where(accounts),
  ]);

  const invoices = invoiceRows.map((row) => ({
    ...row,
    amount: { minor: parseStoredAmount(row.amount, row.currency), currency: row.currency },
    today: localDateIn(row.timeZone, now),
  }));
  const quotes = quoteRows.map((row) => ({
    ...row,
    status: effectiveQuoteStatus(row.status, row.validUntil, localDateIn(row.timeZone, now)),
  }));
  const overdue = summariseOverdue(invoices);
  const showMoney = canSeeMoney(viewer);
  const moneyOut = (amounts: Money[]) =>
    showMoney
      ? amounts.map(({ minor, currency }) => ({ amount: formatAmount(minor, currency), currency }))
      : [];

  return {
    overdueInvoices: { count: overdue.count, amounts: moneyOut(overdue.amounts) },
    overdueAgeing: overdue.ageing.map((bucket) => ({
      ...bucket,
      amounts: moneyOut(bucket.amounts),
    })),
    quoteConversion: quoteConversion(quotes, period),
    onTimeDelivery: onTimeDelivery(projectRows, period),
    revenue: moneyOut(revenue(invoices, period)),
  };
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
