import { daysBetween, isWithin, type LocalDate, type Period, addDays } from './local-date';
import { sumByCurrency, type Money } from './money';
import type { InvoiceStatus, QuoteStatus } from './status';

/**
 * The KPIs of the account dashboard, each defined here once. Callers load the rows of the
 * accounts the viewer may see and pass them in; nothing here reads a database or a clock.
 */

export interface Ratio {
  numerator: number;
  denominator: number;
  /** null when nothing was decided or delivered: 0 % would be a lie. */
  rate: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

export interface InvoiceFacts {
  status: InvoiceStatus;
  dueDate: LocalDate;
  completedOn: LocalDate | null;
  amount: Money;
  /** Today in the time zone of the invoice's account. */
  today: LocalDate;
}

/** Sent or in processing, and due before today: an invoice due today is not overdue yet. */
export function isOverdue(invoice: Pick<InvoiceFacts, 'status' | 'dueDate' | 'today'>): boolean {
  return isOutstanding(invoice.status) && invoice.dueDate < invoice.today;
}

/** Billed and not yet paid: what the customer still owes. */
export const OUTSTANDING_STATUSES = ['SENT', 'PROCESSING'] as const satisfies InvoiceStatus[];

export function isOutstanding(status: InvoiceStatus): boolean {
  return (OUTSTANDING_STATUSES as readonly InvoiceStatus[]).includes(status);
}

export interface AgeingBucket {
  fromDays: number;
  toDays: number | null;
  count: number;
  amounts: Money[];
}

export const AGEING_BUCKETS: ReadonlyArray<{ fromDays: number; toDays: number | null }> = [
  { fromDays: 1, toDays: 30 },
  { fromDays: 31, toDays: 60 },
  { fromDays: 61, toDays: 90 },
  { fromDays: 91, toDays: null },
];

export interface OverdueSummary {
  count: number;
  amounts: Money[];
  ageing: AgeingBucket[];
}

export function summariseOverdue(invoices: Iterable<InvoiceFacts>): OverdueSummary {
  const overdue = [...invoices].filter(isOverdue);
  const ageing = AGEING_BUCKETS.map(({ fromDays, toDays }) => {
    const inBucket = overdue.filter((invoice) => {
      const days = daysBetween(invoice.dueDate, invoice.today);
      return days >= fromDays && (toDays === null || days <= toDays);
    });
    return {
      fromDays,
      toDays,
      count: inBucket.length,
      amounts: sumByCurrency(inBucket.map((invoice) => invoice.amount)),
    };
  });
  return {
    count: overdue.length,
    amounts: sumByCurrency(overdue.map((invoice) => invoice.amount)),
    ageing,
  };
}

/** Completed invoices, by the day they were completed in the period, per currency. */
export function revenue(invoices: Iterable<InvoiceFacts>, period: Period): Money[] {
  const completed = [...invoices].filter(
    (invoice) =>
      invoice.status === 'COMPLETED' &&
      invoice.completedOn !== null &&
      isWithin(invoice.completedOn, period),
  );
  return sumByCurrency(completed.map((invoice) => invoice.amount));
}

export interface QuoteFacts {
  status: QuoteStatus;
  validUntil: LocalDate;
  /** The local day it was accepted or declined; null otherwise. */
  decidedOn: LocalDate | null;
}

/**
 * The day a quote was decided: accepted or declined on the day it happened, expired on the
 * first day it was no longer valid. Undecided quotes have none.
 */
export function quoteDecidedOn(quote: QuoteFacts): LocalDate | null {
  if (quote.status === 'EXPIRED') return addDays(quote.validUntil, 1);
  if (quote.status === 'ACCEPTED' || quote.status === 'DECLINED') return quote.decidedOn;
  return null;
}

/** Accepted ÷ decided, by the day each quote was decided; `status` must be the effective one. */
export function quoteConversion(quotes: Iterable<QuoteFacts>, period: Period): Ratio {
  let decided = 0;
  let accepted = 0;
  for (const quote of quotes) {
    const day = quoteDecidedOn(quote);
    if (day === null || !isWithin(day, period)) continue;
    decided += 1;
    if (quote.status === 'ACCEPTED') accepted += 1;
  }
  return ratio(accepted, decided);
}

export interface ProjectFacts {
  deadline: LocalDate;
  deliveredOn: LocalDate | null;
}

/** Projects delivered on or before their deadline ÷ projects delivered in the period. */
export function onTimeDelivery(projects: Iterable<ProjectFacts>, period: Period): Ratio {
  let delivered = 0;
  let onTime = 0;
  for (const project of projects) {
    if (project.deliveredOn === null || !isWithin(project.deliveredOn, period)) continue;
    delivered += 1;
    if (project.deliveredOn <= project.deadline) onTime += 1;
  }
  return ratio(onTime, delivered);
}
