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
    invoices {
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
    quotes {
      ...QuoteRow
    }
    salesOrders {
      ...SalesOrderDetails
    }
  }
`);

// The whole account in one request: nested lists are plain lists in the API for this reason.
export const AccountQuery = graphql(`
  query Account($code: String!) {
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
    overdueInvoices {
      count
      amounts {
        amount
        currency
      }
    }
    overdueAgeing {
      fromDays
      toDays
      count
      amounts {
        amount
        currency
      }
    }
    quoteConversion {
      numerator
      denominator
      rate
    }
    onTimeDelivery {
      numerator
      denominator
      rate
    }
    revenue {
      amount
      currency
    }
  }
`);

export const AccountKpisQuery = graphql(`
  query AccountKpis($customerId: ID!) {
    accountDashboard(customerId: $customerId) {
      kpis {
        ...KpiFigures
      }
    }
  }
`);
