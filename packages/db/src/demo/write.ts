import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

import {
  emailDomainOf,
  formatAmount,
  normaliseCustomerName,
  normaliseTaxId,
  type LocalDate,
} from '@arus/domain';

import type { Executor } from '../client';
import {
  codeCounters,
  companySettings,
  customers,
  invoices,
  projects,
  quotes,
  salesOrders,
  users,
} from '../schema';
import { demoId, demoInstant } from './ids';
import type { DemoPortfolio, UserKey } from './model';
import type { CounterValue } from './numbering';
import { COMPANY, DEMO_USERS } from './vocabulary';

/** Well under PostgreSQL's 65,535 bind parameters per statement for the widest table. */
const BATCH_SIZE = 1_000;

/** Writes a numbered portfolio; the caller provides the transaction. */
export async function writePortfolio(
  tx: Executor,
  portfolio: DemoPortfolio,
  counters: readonly CounterValue[],
  options: { passwordHash: string; since: LocalDate },
): Promise<void> {
  const opened = demoInstant(options.since, 0);
  await tx
    .insert(companySettings)
    .values({ ...COMPANY, id: 1, createdAt: opened, updatedAt: opened });

  const userIds = new Map<UserKey, string>();
  const userRows = DEMO_USERS.map((user) => {
    const id = demoId(user.email);
    userIds.set(user.key, id);
    const { email, name, role } = user;
    return {
      id,
      email,
      name,
      role,
      passwordHash: options.passwordHash,
      createdAt: opened,
      updatedAt: opened,
    };
  });
  await tx.insert(users).values(userRows);

  await insertInBatches(tx, customers, customerRows(portfolio, userIds));
  await insertInBatches(tx, projects, projectRows(portfolio));
  await insertInBatches(tx, quotes, quoteRows(portfolio));
  await insertInBatches(tx, salesOrders, orderRows(portfolio));
  // A re-issued invoice refers to the rejected one, which must already be there.
  const invoiceRowList = invoiceRows(portfolio);
  await insertInBatches(
    tx,
    invoices,
    invoiceRowList.filter((row) => row.reissueOfId === null),
  );
  await insertInBatches(
    tx,
    invoices,
    invoiceRowList.filter((row) => row.reissueOfId !== null),
  );

  if (counters.length > 0) {
    await tx
      .insert(codeCounters)
      .values([...counters])
      .onConflictDoUpdate({
        target: codeCounters.key,
        set: { lastValue: sql`greatest(${codeCounters.lastValue}, excluded.last_value)` },
      });
  }
}

async function insertInBatches<TTable extends PgTable>(
  tx: Executor,
  table: TTable,
  rows: readonly TTable['$inferInsert'][],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await tx.insert(table).values(rows.slice(start, start + BATCH_SIZE));
  }
}

function stamps(id: string, createdOn: LocalDate, updatedOn: LocalDate) {
  // Spreads the rows of one day over office hours, the same way on every run.
  const minutes = parseInt(id.slice(0, 4), 16);
  return { createdAt: demoInstant(createdOn, minutes), updatedAt: demoInstant(updatedOn, minutes) };
}

function customerRows(portfolio: DemoPortfolio, userIds: Map<UserKey, string>) {
  return portfolio.customers.map((customer) => ({
    id: customer.id,
    code: customer.code,
    name: customer.name,
    nameKey: normaliseCustomerName(customer.name),
    taxId: customer.taxId,
    taxIdKey: customer.taxId === null ? null : normaliseTaxId(customer.taxId),
    email: customer.email,
    emailDomain: customer.email === null ? null : emailDomainOf(customer.email),
    currency: customer.currency,
    timeZone: customer.timeZone,
    accountManagerId: userIds.get(customer.owner) as string,
    ...stamps(customer.id, customer.createdOn, customer.createdOn),
  }));
}

function projectRows(portfolio: DemoPortfolio) {
  return portfolio.projects.map((project) => {
    const currency = project.customer.currency;
    return {
      id: project.id,
      code: project.code,
      customerId: project.customer.id,
      name: project.name,
      deadline: project.deadline,
      deliveredOn: project.deliveredOn,
      budget: formatAmount(project.budget, currency),
      deliveryCost: formatAmount(project.deliveryCost, currency),
      scopeNote: project.scopeNote,
      ...stamps(project.id, project.createdOn, project.deliveredOn ?? project.createdOn),
    };
  });
}

function quoteRows(portfolio: DemoPortfolio) {
  return portfolio.quotes.map((quote) => {
    const currency = quote.project.customer.currency;
    return {
      id: quote.id,
      code: quote.code,
      projectId: quote.project.id,
      customerId: quote.project.customer.id,
      status: quote.status,
      total: formatAmount(quote.total, currency),
      currency,
      validUntil: quote.validUntil,
      decidedOn: quote.decidedOn,
      ...stamps(quote.id, quote.createdOn, quote.decidedOn ?? quote.createdOn),
    };
  });
}

function orderRows(portfolio: DemoPortfolio) {
  return portfolio.orders.map((order) => {
    const { project } = order.quote;
    const currency = project.customer.currency;
    return {
      id: order.id,
      code: order.code,
      quoteId: order.quote.id,
      projectId: project.id,
      customerId: project.customer.id,
      status: order.status,
      total: formatAmount(order.quote.total, currency),
      currency,
      deadline: order.deadline,
      progress: order.progress,
      ...stamps(order.id, order.createdOn, order.createdOn),
    };
  });
}

function invoiceRows(portfolio: DemoPortfolio) {
  return portfolio.invoices.map((invoice) => {
    const { customer } = invoice.order.quote.project;
    return {
      id: invoice.id,
      number: invoice.code,
      salesOrderId: invoice.order.id,
      customerId: customer.id,
      status: invoice.status,
      amount: formatAmount(invoice.amount, customer.currency),
      currency: customer.currency,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      completedOn: invoice.completedOn,
      rejectionReason: invoice.rejectionReason,
      reissueOfId: invoice.reissueOf?.id ?? null,
      ...stamps(invoice.id, invoice.issueDate, invoice.updatedOn),
    };
  });
}
