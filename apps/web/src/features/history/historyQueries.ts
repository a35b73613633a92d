import type { TypedDocumentNode } from '@apollo/client';

import type { AuditEntryFragment } from '../../gql/graphql';
import {
  CustomerHistoryQuery,
  InvoiceHistoryQuery,
  ProjectHistoryQuery,
  QuoteHistoryQuery,
  SalesOrderHistoryQuery,
} from './history.operations';

export type HistoryKind = 'customer' | 'project' | 'quote' | 'salesOrder' | 'invoice';

type HistoryQuery = TypedDocumentNode<
  { document?: { id: string; history: AuditEntryFragment[] } | null },
  { id: string }
>;

// Each query reads its document under the alias `document`, so they share one result shape.
export const historyQueries: Record<HistoryKind, HistoryQuery> = {
  customer: CustomerHistoryQuery,
  project: ProjectHistoryQuery,
  quote: QuoteHistoryQuery,
  salesOrder: SalesOrderHistoryQuery,
  invoice: InvoiceHistoryQuery,
};
