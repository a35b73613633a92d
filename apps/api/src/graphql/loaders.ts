import type { Database } from '@arus/db';

import { createAuditLoaders } from '../modules/audit/audit.loader';
import { createCustomerLoaders } from '../modules/customers/customer.loader';
import { createInvoiceLoaders } from '../modules/invoices/invoice.loader';
import { createSalesOrderLoaders } from '../modules/orders/sales-order.loader';
import { createProjectLoaders } from '../modules/projects/project.loader';
import { createQuoteLoaders } from '../modules/quotes/quote.loader';
import { createUserLoaders } from '../modules/users/user.loader';

/**
 * Per-request batch loaders: every nested list is fetched with one statement per level of the
 * query, however many parent rows that level has.
 */
export function createLoaders(db: Database) {
  return {
    ...createUserLoaders(db),
    ...createCustomerLoaders(db),
    ...createProjectLoaders(db),
    ...createQuoteLoaders(db),
    ...createSalesOrderLoaders(db),
    ...createInvoiceLoaders(db),
    ...createAuditLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
