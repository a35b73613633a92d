import { isBillingInvoice, type LocalDate } from '@arus/domain';

import type { ZohoInvoice } from './zoho-invoice.invoices';

/**
 * Arus bills through an accepted quote and its sales order, which Zoho Invoice does not have.
 * Each Zoho project, or each invoice outside any project, becomes one project whose single
 * accepted quote and order add up exactly to what was billed, so that the order is never
 * overbilled and its billed total reads as in Zoho.
 */
export interface ProjectPlan {
  /** Zoho's Customer ID of the invoices. */
  customerId: string;
  /** Zoho's Project ID, or `invoice:<Invoice Number>` for an invoice outside any project. */
  externalRef: string;
  name: string;
  currency: string;
  /** The latest due date of its invoices: the work is done when the last one is due. */
  deadline: LocalDate;
  /** The earliest invoice date: the day the customer had evidently accepted the work. */
  acceptedOn: LocalDate;
  /** The sum of its invoices, leaving out voided ones, which bill nothing. */
  totalMinor: bigint;
  /** Every invoice that bills something is paid. */
  isFulfilled: boolean;
  invoices: ZohoInvoice[];
}

function projectRefOf(invoice: ZohoInvoice): string {
  return invoice.projectId ?? `invoice:${invoice.number}`;
}

function projectNameOf(invoice: ZohoInvoice): string {
  if (invoice.projectId) return invoice.projectName ?? `Zoho project ${invoice.projectId}`;
  return invoice.subject ?? `Invoice ${invoice.number}`;
}

const latest = (dates: LocalDate[]) => dates.reduce((a, b) => (b > a ? b : a));
const earliest = (dates: LocalDate[]) => dates.reduce((a, b) => (b < a ? b : a));

export function planProjects(invoices: readonly ZohoInvoice[]): {
  plans: ProjectPlan[];
  problems: string[];
} {
  const groups = new Map<string, ZohoInvoice[]>();
  for (const invoice of invoices) {
    const ref = projectRefOf(invoice);
    groups.set(ref, [...(groups.get(ref) ?? []), invoice]);
  }

  const problems: string[] = [];
  const plans: ProjectPlan[] = [];
  for (const [externalRef, members] of groups) {
    const [first] = members;
    if (!first) continue;
    const numbers = members.map((invoice) => invoice.number).join(', ');
    const customers = new Set(members.map((invoice) => invoice.customerId));
    const currencies = new Set(members.map((invoice) => invoice.currency));
    if (customers.size > 1) {
      problems.push(`Invoices ${numbers} share Zoho project ${externalRef} but not a customer.`);
      continue;
    }
    if (currencies.size > 1) {
      problems.push(`Invoices ${numbers} share Zoho project ${externalRef} but not a currency.`);
      continue;
    }

    const billing = members.filter((invoice) => isBillingInvoice(invoice.status));
    plans.push({
      customerId: first.customerId,
      externalRef,
      name: projectNameOf(first),
      currency: first.currency,
      deadline: latest(members.map((invoice) => invoice.dueDate)),
      acceptedOn: earliest(members.map((invoice) => invoice.issueDate)),
      totalMinor: billing.reduce((sum, invoice) => sum + invoice.amountMinor, 0n),
      isFulfilled: billing.length > 0 && billing.every((invoice) => invoice.status === 'COMPLETED'),
      invoices: members,
    });
  }

  // Codes are drawn in this order, so older work gets the lower numbers.
  plans.sort(
    (a, b) =>
      a.acceptedOn.localeCompare(b.acceptedOn) || a.externalRef.localeCompare(b.externalRef),
  );
  return { plans, problems };
}
