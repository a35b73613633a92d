import { nextCode, schema, type Executor } from '@arus/db';
import { formatAmount, yearOf } from '@arus/domain';

import type { ZohoInvoice } from './zoho-invoice.invoices';
import type { ProjectPlan } from './zoho-invoice.projects';

const { invoices, projects, quotes, salesOrders } = schema;

/** Marks the rows that came from a Zoho Invoice export rather than from work in Arus. */
export const ZOHO_INVOICE_SOURCE = 'zoho-invoice';

/**
 * Writes each planned project with its accepted quote, its order and its invoices, for
 * customers that already have their Arus id (by Zoho Customer ID).
 */
export async function insertProjects(
  tx: Executor,
  plans: readonly ProjectPlan[],
  customerIds: ReadonlyMap<string, string>,
): Promise<void> {
  const billed: { invoice: ZohoInvoice; salesOrderId: string; customerId: string }[] = [];
  for (const plan of plans) {
    const customerId = customerIds.get(plan.customerId);
    if (!customerId) throw new Error(`Customer ${plan.customerId} was neither found nor created`);
    const salesOrderId = await insertProjectChain(tx, plan, customerId);
    billed.push(...plan.invoices.map((invoice) => ({ invoice, salesOrderId, customerId })));
  }

  // Invoice numbers are drawn by invoice date, across projects, so they read in billing order.
  billed.sort(
    (a, b) =>
      a.invoice.issueDate.localeCompare(b.invoice.issueDate) ||
      a.invoice.number.localeCompare(b.invoice.number),
  );
  for (const { invoice, salesOrderId, customerId } of billed) {
    await tx.insert(invoices).values({
      number: await nextCode(tx, 'INVOICE', yearOf(invoice.issueDate)),
      salesOrderId,
      customerId,
      status: invoice.status,
      amount: formatAmount(invoice.amountMinor, invoice.currency),
      currency: invoice.currency,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      completedOn: invoice.completedOn,
      externalRef: invoice.number,
    });
  }
}

/** The project, its accepted quote and the quote's sales order; returns the order's id. */
async function insertProjectChain(
  tx: Executor,
  plan: ProjectPlan,
  customerId: string,
): Promise<string> {
  const year = yearOf(plan.acceptedOn);
  const total = formatAmount(plan.totalMinor, plan.currency);

  const [project] = await tx
    .insert(projects)
    .values({
      code: await nextCode(tx, 'PROJECT', year),
      customerId,
      name: plan.name,
      deadline: plan.deadline,
      importSource: ZOHO_INVOICE_SOURCE,
      externalRef: plan.externalRef,
    })
    .returning({ id: projects.id });
  if (!project) throw new Error(`Project ${plan.externalRef} was not inserted`);

  const [quote] = await tx
    .insert(quotes)
    .values({
      code: await nextCode(tx, 'QUOTE', year),
      projectId: project.id,
      customerId,
      status: 'ACCEPTED',
      total,
      currency: plan.currency,
      validUntil: plan.acceptedOn,
      decidedOn: plan.acceptedOn,
      importSource: ZOHO_INVOICE_SOURCE,
    })
    .returning({ id: quotes.id });
  if (!quote) throw new Error(`Quote of ${plan.externalRef} was not inserted`);

  const [order] = await tx
    .insert(salesOrders)
    .values({
      code: await nextCode(tx, 'SALES_ORDER', year),
      quoteId: quote.id,
      projectId: project.id,
      customerId,
      status: plan.isFulfilled ? 'FULFILLED' : 'OPEN',
      total,
      currency: plan.currency,
      deadline: plan.deadline,
      progress: plan.isFulfilled ? 100 : 0,
      importSource: ZOHO_INVOICE_SOURCE,
    })
    .returning({ id: salesOrders.id });
  if (!order) throw new Error(`Sales order of ${plan.externalRef} was not inserted`);
  return order.id;
}
