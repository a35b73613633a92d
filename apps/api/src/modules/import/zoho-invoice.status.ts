import type { InvoiceStatus } from '@arus/domain';

/**
 * How each Zoho Invoice status reads in Arus. Zoho's Overdue is only a sent invoice past its
 * due date, which Arus derives itself; Viewed only says the customer opened it.
 */
export const ZOHO_INVOICE_STATUSES: Readonly<Record<string, InvoiceStatus>> = {
  Draft: 'GENERATED',
  Sent: 'SENT',
  Viewed: 'SENT',
  Overdue: 'SENT',
  'Partially Paid': 'PROCESSING',
  Paid: 'COMPLETED',
  Void: 'VOIDED',
};

// Some Zoho exports write statuses in lower snake case (partially_paid); both spellings count.
const statusKey = (status: string) =>
  status
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

const STATUS_LOOKUP = new Map(
  Object.entries(ZOHO_INVOICE_STATUSES).map(([zoho, ours]) => [statusKey(zoho), ours]),
);

export function mapZohoStatus(status: string): InvoiceStatus | null {
  return STATUS_LOOKUP.get(statusKey(status)) ?? null;
}
