import { graphql } from '../../gql';

export const AuditEntryFields = graphql(`
  fragment AuditEntry on AuditEvent {
    id
    action
    field
    from
    to
    reason
    occurredAt
    actor {
      id
      name
    }
  }
`);

// Every document is read under the same alias, so one component can show any of their histories.
export const CustomerHistoryQuery = graphql(`
  query CustomerHistory($id: ID!) {
    document: customer(id: $id) {
      id
      history {
        ...AuditEntry
      }
    }
  }
`);

export const ProjectHistoryQuery = graphql(`
  query ProjectHistory($id: ID!) {
    document: project(id: $id) {
      id
      history {
        ...AuditEntry
      }
    }
  }
`);

export const QuoteHistoryQuery = graphql(`
  query QuoteHistory($id: ID!) {
    document: quote(id: $id) {
      id
      history {
        ...AuditEntry
      }
    }
  }
`);

export const SalesOrderHistoryQuery = graphql(`
  query SalesOrderHistory($id: ID!) {
    document: salesOrder(id: $id) {
      id
      history {
        ...AuditEntry
      }
    }
  }
`);

export const InvoiceHistoryQuery = graphql(`
  query InvoiceHistory($id: ID!) {
    document: invoice(id: $id) {
      id
      history {
        ...AuditEntry
      }
    }
  }
`);
