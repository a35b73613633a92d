import { graphql } from '../../gql';

export const InvoiceRowFields = graphql(`
  fragment InvoiceRow on Invoice {
    id
    number
    status
    amount
    currency
    issueDate
    dueDate
    isOverdue
    planPartId
    rejectionReason
    reissueOf {
      id
      number
    }
    reissuedBy {
      id
      number
    }
    actions
  }
`);

export const BillingPlanPartFields = graphql(`
  fragment BillingPlanPartRow on BillingPlanPart {
    id
    position
    kind
    label
    percentage
    amount
    isBilled
  }
`);

export const SalesOrderDetailsFields = graphql(`
  fragment SalesOrderDetails on SalesOrder {
    id
    code
    status
    total
    billedTotal
    unbilledTotal
    currency
    deadline
    progress
    version
    actions
    billingPlan {
      ...BillingPlanPartRow
    }
    invoices @include(if: $withInvoices) {
      ...InvoiceRow
    }
  }
`);

export const QuoteRowFields = graphql(`
  fragment QuoteRow on Quote {
    id
    code
    status
    total
    currency
    validUntil
    version
    actions
  }
`);

export const ProjectDetailsFields = graphql(`
  fragment ProjectDetails on Project {
    id
    code
    name
    currency
    deadline
    deliveredOn
    budget
    deliveryCost
    scopeNote
    documentLinks
    version
    quotes @include(if: $withQuotes) {
      ...QuoteRow
    }
    salesOrders @include(if: $withOrders) {
      ...SalesOrderDetails
    }
  }
`);

// The whole account in one request: nested lists are plain lists in the API for this reason.
// Each role asks only for the documents it reads (viewerAccess.reads), so nothing comes back
// refused or silently empty for a role that simply does not see quotes, orders or invoices.
export const AccountQuery = graphql(`
  query Account(
    $code: String!
    $withQuotes: Boolean!
    $withOrders: Boolean!
    $withInvoices: Boolean!
  ) {
    customer(code: $code) {
      id
      code
      name
      currency
      timeZone
      email
      taxId
      version
      accountManager {
        id
        name
      }
      projects {
        ...ProjectDetails
      }
    }
  }
`);

export const KpiFiguresFields = graphql(`
  fragment KpiFigures on Kpis {
    overdueInvoices @include(if: $withInvoices) {
      count
      amounts {
        amount
        currency
      }
    }
    overdueAgeing @include(if: $withInvoices) {
      fromDays
      toDays
      count
      amounts {
        amount
        currency
      }
    }
    quoteConversion @include(if: $withQuotes) {
      numerator
      denominator
      rate
    }
    onTimeDelivery @include(if: $withProjects) {
      numerator
      denominator
      rate
    }
    revenue @include(if: $withInvoices) {
      amount
      currency
    }
  }
`);

// A KPI over documents the role does not read is FORBIDDEN, so only the readable ones are asked.
export const AccountKpisQuery = graphql(`
  query AccountKpis(
    $customerId: ID!
    $withInvoices: Boolean!
    $withQuotes: Boolean!
    $withProjects: Boolean!
  ) {
    accountDashboard(customerId: $customerId) {
      kpis {
        ...KpiFigures
      }
    }
  }
`);
