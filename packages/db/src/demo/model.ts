import type { InvoiceStatus, LocalDate, QuoteStatus, Role, SalesOrderStatus } from '@arus/domain';

/**
 * The demo portfolio is built in memory first, with plain object references between records,
 * and only then numbered and written: codes follow the rows' dates, which are known only once
 * the whole history has been laid out.
 */
export type UserKey = 'admin' | 'am1' | 'am2' | 'sales' | 'delivery' | 'finance';

export interface DemoUser {
  key: UserKey;
  email: string;
  name: string;
  role: Role;
}

/** How a customer pays, which decides when its invoices are completed or become overdue. */
export type PayerProfile = 'PROMPT' | 'REGULAR' | 'LATE' | 'CHRONIC';

export interface Coded {
  code: string;
  id: string;
  /** Takes the first number of its series and year, ahead of older generated rows. */
  isPinned: boolean;
}

export interface DemoCustomer extends Coded {
  name: string;
  taxId: string | null;
  email: string | null;
  currency: string;
  timeZone: string;
  owner: UserKey;
  createdOn: LocalDate;
  paymentTermDays: number;
  payer: PayerProfile;
}

export interface DemoProject extends Coded {
  customer: DemoCustomer;
  name: string;
  scopeNote: string;
  createdOn: LocalDate;
  deadline: LocalDate;
  deliveredOn: LocalDate | null;
  budget: bigint;
  deliveryCost: bigint;
}

export interface DemoQuote extends Coded {
  project: DemoProject;
  status: QuoteStatus;
  total: bigint;
  createdOn: LocalDate;
  validUntil: LocalDate;
  decidedOn: LocalDate | null;
}

export interface DemoOrder extends Coded {
  quote: DemoQuote;
  status: SalesOrderStatus;
  progress: number;
  createdOn: LocalDate;
  deadline: LocalDate;
  /** The last day invoices may carry: today, the cancellation day, or shortly after delivery. */
  billingEndsOn: LocalDate;
}

export interface DemoInvoice extends Coded {
  order: DemoOrder;
  status: InvoiceStatus;
  amount: bigint;
  issueDate: LocalDate;
  dueDate: LocalDate;
  completedOn: LocalDate | null;
  rejectionReason: string | null;
  reissueOf: DemoInvoice | null;
  /** The day of the last status change, for updated_at. */
  updatedOn: LocalDate;
}

export interface DemoPortfolio {
  customers: DemoCustomer[];
  projects: DemoProject[];
  quotes: DemoQuote[];
  orders: DemoOrder[];
  invoices: DemoInvoice[];
}

export function uncoded(isPinned = false): Coded {
  return { code: '', id: '', isPinned };
}
