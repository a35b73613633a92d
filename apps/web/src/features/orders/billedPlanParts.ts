import type { InvoiceStatus } from '../../gql/graphql';

// A rejected or voided invoice bills nothing, so its plan part may be billed again.
const notBilling: InvoiceStatus[] = ['REJECTED', 'VOIDED'];

/** The ids of the plan parts that an invoice of the order bills now. */
export function billedPlanParts(
  invoices: { planPartId?: string | null; status: InvoiceStatus }[],
): Set<string> {
  return new Set(
    invoices
      .filter((invoice) => invoice.planPartId && !notBilling.includes(invoice.status))
      .map((invoice) => invoice.planPartId as string),
  );
}
