import type { schema } from '@arus/db';
import { isOverdue, localDateIn, type Clock } from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { moneyOut } from '../../graphql/money';
import type { Invoice } from './invoice.types';

/** An invoice row with the time zone of its account, in which overdue is read. */
export type InvoiceRow = typeof schema.invoices.$inferSelect & { timeZone: string };

export function toInvoice(viewer: Viewer, row: InvoiceRow, clock: Clock): Invoice {
  const today = localDateIn(row.timeZone, clock.now());
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    amount: moneyOut(viewer, row.amount, row.currency),
    currency: row.currency,
    issueDate: row.issueDate,
    dueDate: row.dueDate,
    completedOn: row.completedOn,
    isOverdue: isOverdue({ status: row.status, dueDate: row.dueDate, today }),
    rejectionReason: row.rejectionReason,
    externalRef: row.externalRef,
    planPartId: row.planPartId,
    salesOrderId: row.salesOrderId,
    reissueOfId: row.reissueOfId,
  };
}
