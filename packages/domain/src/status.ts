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

/** Invoices that no longer bill anything: their amounts (and plan parts) may be billed again. */
export const FREED_INVOICE_STATUSES = ['REJECTED', 'VOIDED'] as const satisfies InvoiceStatus[];

/** The invoices that count against what an order may still bill. */
export function isBillingInvoice(status: InvoiceStatus): boolean {
  return !(FREED_INVOICE_STATUSES as readonly InvoiceStatus[]).includes(status);
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

/**
 * What a person can do next with a document, derived from the status machines above, so that
 * the API and the SPA offer exactly the moves the rules allow (whether the viewer's role may
 * make them is the access policy's business).
 */
export const QUOTE_ACTIONS = ['EDIT', 'SEND', 'ACCEPT', 'DECLINE'] as const;
export type QuoteAction = (typeof QUOTE_ACTIONS)[number];

/**
 * `status` is the effective one: an ACTIVE quote past its day reads EXPIRED and offers nothing;
 * a DRAFT past its valid-until day is edited (to a later day) before it can be sent.
 */
export function quoteActions(status: QuoteStatus, isPastValidity = false): QuoteAction[] {
  const actions: QuoteAction[] = [];
  if (status === 'DRAFT') actions.push('EDIT');
  if (canMove(QUOTE_TRANSITIONS, status, 'ACTIVE') && !isPastValidity) actions.push('SEND');
  if (canMove(QUOTE_TRANSITIONS, status, 'ACCEPTED')) actions.push('ACCEPT');
  if (canMove(QUOTE_TRANSITIONS, status, 'DECLINED')) actions.push('DECLINE');
  return actions;
}

export const SALES_ORDER_ACTIONS = [
  'SET_PROGRESS',
  'MOVE_DEADLINE',
  'FULFILL',
  'CANCEL',
  'SET_BILLING_PLAN',
] as const;
export type SalesOrderAction = (typeof SALES_ORDER_ACTIONS)[number];

export function salesOrderActions(
  status: SalesOrderStatus,
  hasLiveInvoices: boolean,
): SalesOrderAction[] {
  const actions: SalesOrderAction[] = [];
  if (isOpenOrder(status)) actions.push('SET_PROGRESS', 'MOVE_DEADLINE');
  if (canMove(SALES_ORDER_TRANSITIONS, status, 'FULFILLED')) actions.push('FULFILL');
  if (canMove(SALES_ORDER_TRANSITIONS, status, 'CANCELLED') && !hasLiveInvoices) {
    actions.push('CANCEL');
  }
  // A plan is set before billing starts: amounts billed outside it would leave its last part
  // unbillable.
  if (status !== 'CANCELLED' && !hasLiveInvoices) actions.push('SET_BILLING_PLAN');
  return actions;
}

export const INVOICE_ACTIONS = [
  'SEND',
  'START_PROCESSING',
  'COMPLETE',
  'REJECT',
  'VOID',
  'REISSUE',
] as const;
export type InvoiceAction = (typeof INVOICE_ACTIONS)[number];

/** The status each moving action leads to; REISSUE makes a new invoice instead. */
export const INVOICE_ACTION_TARGETS: Readonly<
  Record<Exclude<InvoiceAction, 'REISSUE'>, InvoiceStatus>
> = {
  SEND: 'SENT',
  START_PROCESSING: 'PROCESSING',
  COMPLETE: 'COMPLETED',
  REJECT: 'REJECTED',
  VOID: 'VOIDED',
};

export function invoiceActions(status: InvoiceStatus, isReissued: boolean): InvoiceAction[] {
  const moves = Object.entries(INVOICE_ACTION_TARGETS)
    .filter(([, target]) => canMove(INVOICE_TRANSITIONS, status, target))
    .map(([action]) => action as InvoiceAction);
  return status === 'REJECTED' && !isReissued ? [...moves, 'REISSUE'] : moves;
}
