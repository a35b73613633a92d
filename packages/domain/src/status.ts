import { ArusError } from './errors';
import type { LocalDate } from './local-date';

export const QUOTE_STATUSES = ['DRAFT', 'ACTIVE', 'ACCEPTED', 'DECLINED', 'EXPIRED'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const SALES_ORDER_STATUSES = ['OPEN', 'IN_PROGRESS', 'FULFILLED', 'CANCELLED'] as const;
export type SalesOrderStatus = (typeof SALES_ORDER_STATUSES)[number];

export const INVOICE_STATUSES = [
  'GENERATED',
  'SENT',
  'PROCESSING',
  'COMPLETED',
  'REJECTED',
  'VOIDED',
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

/** Which status each status may move to; a status with no moves is final. */
export const QUOTE_TRANSITIONS: Transitions<QuoteStatus> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['ACCEPTED', 'DECLINED', 'EXPIRED'],
  ACCEPTED: [],
  DECLINED: [],
  EXPIRED: [],
};

export const SALES_ORDER_TRANSITIONS: Transitions<SalesOrderStatus> = {
  OPEN: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['FULFILLED', 'CANCELLED'],
  FULFILLED: [],
  CANCELLED: [],
};

export const INVOICE_TRANSITIONS: Transitions<InvoiceStatus> = {
  GENERATED: ['SENT', 'VOIDED'],
  SENT: ['PROCESSING', 'REJECTED'],
  PROCESSING: ['COMPLETED', 'REJECTED'],
  COMPLETED: [],
  REJECTED: [],
  VOIDED: [],
};

export function canMove<S extends string>(table: Transitions<S>, from: S, to: S): boolean {
  return table[from].includes(to);
}

export function assertMove<S extends string>(
  document: string,
  table: Transitions<S>,
  from: S,
  to: S,
): void {
  if (!canMove(table, from, to)) {
    const allowed = table[from];
    const hint =
      allowed.length === 0
        ? `${from} is final.`
        : `From ${from} it can only become ${allowed.join(' or ')}.`;
    throw new ArusError(
      'INVALID_TRANSITION',
      `This ${document} cannot move from ${from} to ${to}. ${hint}`,
      {
        from,
        to,
      },
    );
  }
}

/** The invoices that count against what an order may still bill. */
export function isBillingInvoice(status: InvoiceStatus): boolean {
  return status !== 'REJECTED' && status !== 'VOIDED';
}

/** An order is open until it is fulfilled or cancelled; open orders follow the project's deadline. */
export function isOpenOrder(status: SalesOrderStatus): boolean {
  return status === 'OPEN' || status === 'IN_PROGRESS';
}

/**
 * A quote is valid through the whole of its valid-until day in the customer's time zone.
 * Until the sweep stores EXPIRED, an ACTIVE quote past that day already reads EXPIRED.
 */
export function effectiveQuoteStatus(
  stored: QuoteStatus,
  validUntil: LocalDate,
  today: LocalDate,
): QuoteStatus {
  return stored === 'ACTIVE' && today > validUntil ? 'EXPIRED' : stored;
}
