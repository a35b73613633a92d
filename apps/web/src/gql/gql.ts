/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    status\n    amount\n    currency\n    issueDate\n    dueDate\n    isOverdue\n    planPartId\n    rejectionReason\n    reissueOf {\n      id\n      number\n    }\n    reissuedBy {\n      id\n      number\n    }\n    actions\n  }\n": typeof types.InvoiceRowFragmentDoc,
    "\n  fragment BillingPlanPartRow on BillingPlanPart {\n    id\n    position\n    kind\n    label\n    percentage\n    amount\n    isBilled\n  }\n": typeof types.BillingPlanPartRowFragmentDoc,
    "\n  fragment SalesOrderDetails on SalesOrder {\n    id\n    code\n    status\n    total\n    billedTotal\n    unbilledTotal\n    currency\n    deadline\n    progress\n    version\n    actions\n    billingPlan {\n      ...BillingPlanPartRow\n    }\n    invoices @include(if: $withInvoices) {\n      ...InvoiceRow\n    }\n  }\n": typeof types.SalesOrderDetailsFragmentDoc,
    "\n  fragment QuoteRow on Quote {\n    id\n    code\n    status\n    total\n    currency\n    validUntil\n    version\n    actions\n  }\n": typeof types.QuoteRowFragmentDoc,
    "\n  fragment ProjectDetails on Project {\n    id\n    code\n    name\n    currency\n    deadline\n    deliveredOn\n    budget\n    deliveryCost\n    scopeNote\n    documentLinks\n    version\n    quotes @include(if: $withQuotes) {\n      ...QuoteRow\n    }\n    salesOrders @include(if: $withOrders) {\n      ...SalesOrderDetails\n    }\n  }\n": typeof types.ProjectDetailsFragmentDoc,
    "\n  query Account(\n    $code: String!\n    $withQuotes: Boolean!\n    $withOrders: Boolean!\n    $withInvoices: Boolean!\n  ) {\n    customer(code: $code) {\n      id\n      code\n      name\n      currency\n      timeZone\n      email\n      taxId\n      version\n      accountManager {\n        id\n        name\n      }\n      projects {\n        ...ProjectDetails\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  fragment KpiFigures on Kpis {\n    overdueInvoices @include(if: $withInvoices) {\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    overdueAgeing @include(if: $withInvoices) {\n      fromDays\n      toDays\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    quoteConversion @include(if: $withQuotes) {\n      numerator\n      denominator\n      rate\n    }\n    onTimeDelivery @include(if: $withProjects) {\n      numerator\n      denominator\n      rate\n    }\n    revenue @include(if: $withInvoices) {\n      amount\n      currency\n    }\n  }\n": typeof types.KpiFiguresFragmentDoc,
    "\n  query AccountKpis(\n    $customerId: ID!\n    $withInvoices: Boolean!\n    $withQuotes: Boolean!\n    $withProjects: Boolean!\n  ) {\n    accountDashboard(customerId: $customerId) {\n      kpis {\n        ...KpiFigures\n      }\n    }\n  }\n": typeof types.AccountKpisDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    isActive\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after, includeInactive: true) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  fragment PasswordLinkDetails on PasswordLink {\n    url\n    expiresAt\n  }\n": typeof types.PasswordLinkDetailsFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserRow\n      }\n      passwordLink {\n        ...PasswordLinkDetails\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation CreatePasswordLink($userId: ID!) {\n    createPasswordLink(userId: $userId) {\n      user {\n        id\n      }\n      passwordLink {\n        ...PasswordLinkDetails\n      }\n    }\n  }\n": typeof types.CreatePasswordLinkDocument,
    "\n  mutation ReassignAccounts($input: ReassignAccountsInput!) {\n    reassignAccounts(input: $input) {\n      customers {\n        id\n        code\n        accountManager {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReassignAccountsDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    owner {\n      id\n      name\n    }\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    isActive\n  }\n": typeof types.ApiTokenRowFragmentDoc,
    "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApiTokenRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenRow\n      }\n      secret\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n    viewerAccess {\n      opensEveryAccount\n      reads\n      seesMoney\n      writes\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SetPasswordDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    currency\n    accountManager {\n      id\n      name\n    }\n    openAmount\n    overdueAmount\n  }\n": typeof types.CustomerRowFragmentDoc,
    "\n  query Customers($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CustomerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        code\n      }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        version\n      }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  query AccountDirectory($first: Int!, $after: String) {\n    accountDirectory(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AccountDirectoryDocument,
    "\n  query AccountManagers {\n    accountManagers {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.AccountManagersDocument,
    "\n  fragment AuditEntry on AuditEvent {\n    id\n    action\n    field\n    from\n    to\n    reason\n    occurredAt\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.AuditEntryFragmentDoc,
    "\n  query CustomerHistory($id: ID!) {\n    document: customer(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n": typeof types.CustomerHistoryDocument,
    "\n  query ProjectHistory($id: ID!) {\n    document: project(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n": typeof types.ProjectHistoryDocument,
    "\n  query QuoteHistory($id: ID!) {\n    document: quote(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n": typeof types.QuoteHistoryDocument,
    "\n  query SalesOrderHistory($id: ID!) {\n    document: salesOrder(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n": typeof types.SalesOrderHistoryDocument,
    "\n  query InvoiceHistory($id: ID!) {\n    document: invoice(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n": typeof types.InvoiceHistoryDocument,
    "\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      invoice {\n        id\n        number\n      }\n    }\n  }\n": typeof types.CreateInvoiceDocument,
    "\n  mutation SendInvoice($id: ID!) {\n    sendInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SendInvoiceDocument,
    "\n  mutation StartInvoiceProcessing($id: ID!) {\n    startInvoiceProcessing(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n": typeof types.StartInvoiceProcessingDocument,
    "\n  mutation CompleteInvoice($id: ID!) {\n    completeInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CompleteInvoiceDocument,
    "\n  mutation RejectInvoice($id: ID!, $reason: String!) {\n    rejectInvoice(id: $id, reason: $reason) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectInvoiceDocument,
    "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n": typeof types.VoidInvoiceDocument,
    "\n  mutation ReissueInvoice($id: ID!) {\n    reissueInvoice(id: $id) {\n      invoice {\n        id\n        number\n      }\n    }\n  }\n": typeof types.ReissueInvoiceDocument,
    "\n  mutation UpdateSalesOrderProgress($input: UpdateSalesOrderProgressInput!) {\n    updateSalesOrderProgress(input: $input) {\n      salesOrder {\n        id\n        progress\n        status\n      }\n    }\n  }\n": typeof types.UpdateSalesOrderProgressDocument,
    "\n  mutation FulfillSalesOrder($id: ID!) {\n    fulfillSalesOrder(id: $id) {\n      salesOrder {\n        id\n        status\n      }\n    }\n  }\n": typeof types.FulfillSalesOrderDocument,
    "\n  mutation CancelSalesOrder($id: ID!) {\n    cancelSalesOrder(id: $id) {\n      salesOrder {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CancelSalesOrderDocument,
    "\n  mutation SetBillingPlan($input: SetBillingPlanInput!) {\n    setBillingPlan(input: $input) {\n      salesOrder {\n        id\n      }\n    }\n  }\n": typeof types.SetBillingPlanDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        code\n      }\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      project {\n        id\n        version\n      }\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation UpdateProjectDeadline($input: UpdateProjectDeadlineInput!) {\n    updateProjectDeadline(input: $input) {\n      project {\n        id\n        deadline\n      }\n    }\n  }\n": typeof types.UpdateProjectDeadlineDocument,
    "\n  mutation UpdateSalesOrderDeadline($input: UpdateSalesOrderDeadlineInput!) {\n    updateSalesOrderDeadline(input: $input) {\n      salesOrder {\n        id\n        deadline\n      }\n    }\n  }\n": typeof types.UpdateSalesOrderDeadlineDocument,
    "\n  mutation MarkProjectDelivered($input: MarkProjectDeliveredInput!) {\n    markProjectDelivered(input: $input) {\n      project {\n        id\n        deliveredOn\n      }\n    }\n  }\n": typeof types.MarkProjectDeliveredDocument,
    "\n  query DraftQuote {\n    quote(id: \"quo-5\") {\n      id\n      code\n      status\n      total\n      currency\n      validUntil\n      version\n      actions\n    }\n  }\n": typeof types.DraftQuoteDocument,
    "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CreateQuoteDocument,
    "\n  mutation UpdateQuote($input: UpdateQuoteInput!) {\n    updateQuote(input: $input) {\n      quote {\n        id\n        version\n      }\n    }\n  }\n": typeof types.UpdateQuoteDocument,
    "\n  mutation SendQuote($id: ID!) {\n    sendQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SendQuoteDocument,
    "\n  mutation AcceptQuote($id: ID!) {\n    acceptQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n      salesOrder {\n        id\n      }\n    }\n  }\n": typeof types.AcceptQuoteDocument,
    "\n  mutation DeclineQuote($id: ID!) {\n    declineQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n": typeof types.DeclineQuoteDocument,
};
const documents: Documents = {
    "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    status\n    amount\n    currency\n    issueDate\n    dueDate\n    isOverdue\n    planPartId\n    rejectionReason\n    reissueOf {\n      id\n      number\n    }\n    reissuedBy {\n      id\n      number\n    }\n    actions\n  }\n": types.InvoiceRowFragmentDoc,
    "\n  fragment BillingPlanPartRow on BillingPlanPart {\n    id\n    position\n    kind\n    label\n    percentage\n    amount\n    isBilled\n  }\n": types.BillingPlanPartRowFragmentDoc,
    "\n  fragment SalesOrderDetails on SalesOrder {\n    id\n    code\n    status\n    total\n    billedTotal\n    unbilledTotal\n    currency\n    deadline\n    progress\n    version\n    actions\n    billingPlan {\n      ...BillingPlanPartRow\n    }\n    invoices @include(if: $withInvoices) {\n      ...InvoiceRow\n    }\n  }\n": types.SalesOrderDetailsFragmentDoc,
    "\n  fragment QuoteRow on Quote {\n    id\n    code\n    status\n    total\n    currency\n    validUntil\n    version\n    actions\n  }\n": types.QuoteRowFragmentDoc,
    "\n  fragment ProjectDetails on Project {\n    id\n    code\n    name\n    currency\n    deadline\n    deliveredOn\n    budget\n    deliveryCost\n    scopeNote\n    documentLinks\n    version\n    quotes @include(if: $withQuotes) {\n      ...QuoteRow\n    }\n    salesOrders @include(if: $withOrders) {\n      ...SalesOrderDetails\n    }\n  }\n": types.ProjectDetailsFragmentDoc,
    "\n  query Account(\n    $code: String!\n    $withQuotes: Boolean!\n    $withOrders: Boolean!\n    $withInvoices: Boolean!\n  ) {\n    customer(code: $code) {\n      id\n      code\n      name\n      currency\n      timeZone\n      email\n      taxId\n      version\n      accountManager {\n        id\n        name\n      }\n      projects {\n        ...ProjectDetails\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  fragment KpiFigures on Kpis {\n    overdueInvoices @include(if: $withInvoices) {\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    overdueAgeing @include(if: $withInvoices) {\n      fromDays\n      toDays\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    quoteConversion @include(if: $withQuotes) {\n      numerator\n      denominator\n      rate\n    }\n    onTimeDelivery @include(if: $withProjects) {\n      numerator\n      denominator\n      rate\n    }\n    revenue @include(if: $withInvoices) {\n      amount\n      currency\n    }\n  }\n": types.KpiFiguresFragmentDoc,
    "\n  query AccountKpis(\n    $customerId: ID!\n    $withInvoices: Boolean!\n    $withQuotes: Boolean!\n    $withProjects: Boolean!\n  ) {\n    accountDashboard(customerId: $customerId) {\n      kpis {\n        ...KpiFigures\n      }\n    }\n  }\n": types.AccountKpisDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    isActive\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after, includeInactive: true) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  fragment PasswordLinkDetails on PasswordLink {\n    url\n    expiresAt\n  }\n": types.PasswordLinkDetailsFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserRow\n      }\n      passwordLink {\n        ...PasswordLinkDetails\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation CreatePasswordLink($userId: ID!) {\n    createPasswordLink(userId: $userId) {\n      user {\n        id\n      }\n      passwordLink {\n        ...PasswordLinkDetails\n      }\n    }\n  }\n": types.CreatePasswordLinkDocument,
    "\n  mutation ReassignAccounts($input: ReassignAccountsInput!) {\n    reassignAccounts(input: $input) {\n      customers {\n        id\n        code\n        accountManager {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReassignAccountsDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    owner {\n      id\n      name\n    }\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    isActive\n  }\n": types.ApiTokenRowFragmentDoc,
    "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApiTokenRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenRow\n      }\n      secret\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n    viewerAccess {\n      opensEveryAccount\n      reads\n      seesMoney\n      writes\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": types.SetPasswordDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    currency\n    accountManager {\n      id\n      name\n    }\n    openAmount\n    overdueAmount\n  }\n": types.CustomerRowFragmentDoc,
    "\n  query Customers($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CustomerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        code\n      }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        version\n      }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  query AccountDirectory($first: Int!, $after: String) {\n    accountDirectory(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AccountDirectoryDocument,
    "\n  query AccountManagers {\n    accountManagers {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.AccountManagersDocument,
    "\n  fragment AuditEntry on AuditEvent {\n    id\n    action\n    field\n    from\n    to\n    reason\n    occurredAt\n    actor {\n      id\n      name\n    }\n  }\n": types.AuditEntryFragmentDoc,
    "\n  query CustomerHistory($id: ID!) {\n    document: customer(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n": types.CustomerHistoryDocument,
    "\n  query ProjectHistory($id: ID!) {\n    document: project(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n": types.ProjectHistoryDocument,
    "\n  query QuoteHistory($id: ID!) {\n    document: quote(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n": types.QuoteHistoryDocument,
    "\n  query SalesOrderHistory($id: ID!) {\n    document: salesOrder(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n": types.SalesOrderHistoryDocument,
    "\n  query InvoiceHistory($id: ID!) {\n    document: invoice(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n": types.InvoiceHistoryDocument,
    "\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      invoice {\n        id\n        number\n      }\n    }\n  }\n": types.CreateInvoiceDocument,
    "\n  mutation SendInvoice($id: ID!) {\n    sendInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n": types.SendInvoiceDocument,
    "\n  mutation StartInvoiceProcessing($id: ID!) {\n    startInvoiceProcessing(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n": types.StartInvoiceProcessingDocument,
    "\n  mutation CompleteInvoice($id: ID!) {\n    completeInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n": types.CompleteInvoiceDocument,
    "\n  mutation RejectInvoice($id: ID!, $reason: String!) {\n    rejectInvoice(id: $id, reason: $reason) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n": types.RejectInvoiceDocument,
    "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n": types.VoidInvoiceDocument,
    "\n  mutation ReissueInvoice($id: ID!) {\n    reissueInvoice(id: $id) {\n      invoice {\n        id\n        number\n      }\n    }\n  }\n": types.ReissueInvoiceDocument,
    "\n  mutation UpdateSalesOrderProgress($input: UpdateSalesOrderProgressInput!) {\n    updateSalesOrderProgress(input: $input) {\n      salesOrder {\n        id\n        progress\n        status\n      }\n    }\n  }\n": types.UpdateSalesOrderProgressDocument,
    "\n  mutation FulfillSalesOrder($id: ID!) {\n    fulfillSalesOrder(id: $id) {\n      salesOrder {\n        id\n        status\n      }\n    }\n  }\n": types.FulfillSalesOrderDocument,
    "\n  mutation CancelSalesOrder($id: ID!) {\n    cancelSalesOrder(id: $id) {\n      salesOrder {\n        id\n        status\n      }\n    }\n  }\n": types.CancelSalesOrderDocument,
    "\n  mutation SetBillingPlan($input: SetBillingPlanInput!) {\n    setBillingPlan(input: $input) {\n      salesOrder {\n        id\n      }\n    }\n  }\n": types.SetBillingPlanDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        code\n      }\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      project {\n        id\n        version\n      }\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation UpdateProjectDeadline($input: UpdateProjectDeadlineInput!) {\n    updateProjectDeadline(input: $input) {\n      project {\n        id\n        deadline\n      }\n    }\n  }\n": types.UpdateProjectDeadlineDocument,
    "\n  mutation UpdateSalesOrderDeadline($input: UpdateSalesOrderDeadlineInput!) {\n    updateSalesOrderDeadline(input: $input) {\n      salesOrder {\n        id\n        deadline\n      }\n    }\n  }\n": types.UpdateSalesOrderDeadlineDocument,
    "\n  mutation MarkProjectDelivered($input: MarkProjectDeliveredInput!) {\n    markProjectDelivered(input: $input) {\n      project {\n        id\n        deliveredOn\n      }\n    }\n  }\n": types.MarkProjectDeliveredDocument,
    "\n  query DraftQuote {\n    quote(id: \"quo-5\") {\n      id\n      code\n      status\n      total\n      currency\n      validUntil\n      version\n      actions\n    }\n  }\n": types.DraftQuoteDocument,
    "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n": types.CreateQuoteDocument,
    "\n  mutation UpdateQuote($input: UpdateQuoteInput!) {\n    updateQuote(input: $input) {\n      quote {\n        id\n        version\n      }\n    }\n  }\n": types.UpdateQuoteDocument,
    "\n  mutation SendQuote($id: ID!) {\n    sendQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n": types.SendQuoteDocument,
    "\n  mutation AcceptQuote($id: ID!) {\n    acceptQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n      salesOrder {\n        id\n      }\n    }\n  }\n": types.AcceptQuoteDocument,
    "\n  mutation DeclineQuote($id: ID!) {\n    declineQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n": types.DeclineQuoteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    status\n    amount\n    currency\n    issueDate\n    dueDate\n    isOverdue\n    planPartId\n    rejectionReason\n    reissueOf {\n      id\n      number\n    }\n    reissuedBy {\n      id\n      number\n    }\n    actions\n  }\n"): (typeof documents)["\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    status\n    amount\n    currency\n    issueDate\n    dueDate\n    isOverdue\n    planPartId\n    rejectionReason\n    reissueOf {\n      id\n      number\n    }\n    reissuedBy {\n      id\n      number\n    }\n    actions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingPlanPartRow on BillingPlanPart {\n    id\n    position\n    kind\n    label\n    percentage\n    amount\n    isBilled\n  }\n"): (typeof documents)["\n  fragment BillingPlanPartRow on BillingPlanPart {\n    id\n    position\n    kind\n    label\n    percentage\n    amount\n    isBilled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesOrderDetails on SalesOrder {\n    id\n    code\n    status\n    total\n    billedTotal\n    unbilledTotal\n    currency\n    deadline\n    progress\n    version\n    actions\n    billingPlan {\n      ...BillingPlanPartRow\n    }\n    invoices @include(if: $withInvoices) {\n      ...InvoiceRow\n    }\n  }\n"): (typeof documents)["\n  fragment SalesOrderDetails on SalesOrder {\n    id\n    code\n    status\n    total\n    billedTotal\n    unbilledTotal\n    currency\n    deadline\n    progress\n    version\n    actions\n    billingPlan {\n      ...BillingPlanPartRow\n    }\n    invoices @include(if: $withInvoices) {\n      ...InvoiceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteRow on Quote {\n    id\n    code\n    status\n    total\n    currency\n    validUntil\n    version\n    actions\n  }\n"): (typeof documents)["\n  fragment QuoteRow on Quote {\n    id\n    code\n    status\n    total\n    currency\n    validUntil\n    version\n    actions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetails on Project {\n    id\n    code\n    name\n    currency\n    deadline\n    deliveredOn\n    budget\n    deliveryCost\n    scopeNote\n    documentLinks\n    version\n    quotes @include(if: $withQuotes) {\n      ...QuoteRow\n    }\n    salesOrders @include(if: $withOrders) {\n      ...SalesOrderDetails\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetails on Project {\n    id\n    code\n    name\n    currency\n    deadline\n    deliveredOn\n    budget\n    deliveryCost\n    scopeNote\n    documentLinks\n    version\n    quotes @include(if: $withQuotes) {\n      ...QuoteRow\n    }\n    salesOrders @include(if: $withOrders) {\n      ...SalesOrderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account(\n    $code: String!\n    $withQuotes: Boolean!\n    $withOrders: Boolean!\n    $withInvoices: Boolean!\n  ) {\n    customer(code: $code) {\n      id\n      code\n      name\n      currency\n      timeZone\n      email\n      taxId\n      version\n      accountManager {\n        id\n        name\n      }\n      projects {\n        ...ProjectDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account(\n    $code: String!\n    $withQuotes: Boolean!\n    $withOrders: Boolean!\n    $withInvoices: Boolean!\n  ) {\n    customer(code: $code) {\n      id\n      code\n      name\n      currency\n      timeZone\n      email\n      taxId\n      version\n      accountManager {\n        id\n        name\n      }\n      projects {\n        ...ProjectDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiFigures on Kpis {\n    overdueInvoices @include(if: $withInvoices) {\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    overdueAgeing @include(if: $withInvoices) {\n      fromDays\n      toDays\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    quoteConversion @include(if: $withQuotes) {\n      numerator\n      denominator\n      rate\n    }\n    onTimeDelivery @include(if: $withProjects) {\n      numerator\n      denominator\n      rate\n    }\n    revenue @include(if: $withInvoices) {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment KpiFigures on Kpis {\n    overdueInvoices @include(if: $withInvoices) {\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    overdueAgeing @include(if: $withInvoices) {\n      fromDays\n      toDays\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    quoteConversion @include(if: $withQuotes) {\n      numerator\n      denominator\n      rate\n    }\n    onTimeDelivery @include(if: $withProjects) {\n      numerator\n      denominator\n      rate\n    }\n    revenue @include(if: $withInvoices) {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountKpis(\n    $customerId: ID!\n    $withInvoices: Boolean!\n    $withQuotes: Boolean!\n    $withProjects: Boolean!\n  ) {\n    accountDashboard(customerId: $customerId) {\n      kpis {\n        ...KpiFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountKpis(\n    $customerId: ID!\n    $withInvoices: Boolean!\n    $withQuotes: Boolean!\n    $withProjects: Boolean!\n  ) {\n    accountDashboard(customerId: $customerId) {\n      kpis {\n        ...KpiFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    isActive\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    name\n    email\n    role\n    isActive\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after, includeInactive: true) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after, includeInactive: true) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PasswordLinkDetails on PasswordLink {\n    url\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment PasswordLinkDetails on PasswordLink {\n    url\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserRow\n      }\n      passwordLink {\n        ...PasswordLinkDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserRow\n      }\n      passwordLink {\n        ...PasswordLinkDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      user {\n        ...UserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordLink($userId: ID!) {\n    createPasswordLink(userId: $userId) {\n      user {\n        id\n      }\n      passwordLink {\n        ...PasswordLinkDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePasswordLink($userId: ID!) {\n    createPasswordLink(userId: $userId) {\n      user {\n        id\n      }\n      passwordLink {\n        ...PasswordLinkDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignAccounts($input: ReassignAccountsInput!) {\n    reassignAccounts(input: $input) {\n      customers {\n        id\n        code\n        accountManager {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignAccounts($input: ReassignAccountsInput!) {\n    reassignAccounts(input: $input) {\n      customers {\n        id\n        code\n        accountManager {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    owner {\n      id\n      name\n    }\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    isActive\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    owner {\n      id\n      name\n    }\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    isActive\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApiTokenRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ApiTokenRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenRow\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenRow\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n    viewerAccess {\n      opensEveryAccount\n      reads\n      seesMoney\n      writes\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n    viewerAccess {\n      opensEveryAccount\n      reads\n      seesMoney\n      writes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    currency\n    accountManager {\n      id\n      name\n    }\n    openAmount\n    overdueAmount\n  }\n"): (typeof documents)["\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    currency\n    accountManager {\n      id\n      name\n    }\n    openAmount\n    overdueAmount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CustomerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CustomerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountDirectory($first: Int!, $after: String) {\n    accountDirectory(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountDirectory($first: Int!, $after: String) {\n    accountDirectory(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          accountManager {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountManagers {\n    accountManagers {\n      id\n      name\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query AccountManagers {\n    accountManagers {\n      id\n      name\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntry on AuditEvent {\n    id\n    action\n    field\n    from\n    to\n    reason\n    occurredAt\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEntry on AuditEvent {\n    id\n    action\n    field\n    from\n    to\n    reason\n    occurredAt\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistory($id: ID!) {\n    document: customer(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerHistory($id: ID!) {\n    document: customer(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectHistory($id: ID!) {\n    document: project(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectHistory($id: ID!) {\n    document: project(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteHistory($id: ID!) {\n    document: quote(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuoteHistory($id: ID!) {\n    document: quote(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesOrderHistory($id: ID!) {\n    document: salesOrder(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalesOrderHistory($id: ID!) {\n    document: salesOrder(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceHistory($id: ID!) {\n    document: invoice(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceHistory($id: ID!) {\n    document: invoice(id: $id) {\n      id\n      history {\n        ...AuditEntry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      invoice {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      invoice {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInvoice($id: ID!) {\n    sendInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendInvoice($id: ID!) {\n    sendInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartInvoiceProcessing($id: ID!) {\n    startInvoiceProcessing(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartInvoiceProcessing($id: ID!) {\n    startInvoiceProcessing(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteInvoice($id: ID!) {\n    completeInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteInvoice($id: ID!) {\n    completeInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectInvoice($id: ID!, $reason: String!) {\n    rejectInvoice(id: $id, reason: $reason) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectInvoice($id: ID!, $reason: String!) {\n    rejectInvoice(id: $id, reason: $reason) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      invoice {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueInvoice($id: ID!) {\n    reissueInvoice(id: $id) {\n      invoice {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueInvoice($id: ID!) {\n    reissueInvoice(id: $id) {\n      invoice {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSalesOrderProgress($input: UpdateSalesOrderProgressInput!) {\n    updateSalesOrderProgress(input: $input) {\n      salesOrder {\n        id\n        progress\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSalesOrderProgress($input: UpdateSalesOrderProgressInput!) {\n    updateSalesOrderProgress(input: $input) {\n      salesOrder {\n        id\n        progress\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfillSalesOrder($id: ID!) {\n    fulfillSalesOrder(id: $id) {\n      salesOrder {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FulfillSalesOrder($id: ID!) {\n    fulfillSalesOrder(id: $id) {\n      salesOrder {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSalesOrder($id: ID!) {\n    cancelSalesOrder(id: $id) {\n      salesOrder {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSalesOrder($id: ID!) {\n    cancelSalesOrder(id: $id) {\n      salesOrder {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBillingPlan($input: SetBillingPlanInput!) {\n    setBillingPlan(input: $input) {\n      salesOrder {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetBillingPlan($input: SetBillingPlanInput!) {\n    setBillingPlan(input: $input) {\n      salesOrder {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      project {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      project {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProjectDeadline($input: UpdateProjectDeadlineInput!) {\n    updateProjectDeadline(input: $input) {\n      project {\n        id\n        deadline\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProjectDeadline($input: UpdateProjectDeadlineInput!) {\n    updateProjectDeadline(input: $input) {\n      project {\n        id\n        deadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSalesOrderDeadline($input: UpdateSalesOrderDeadlineInput!) {\n    updateSalesOrderDeadline(input: $input) {\n      salesOrder {\n        id\n        deadline\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSalesOrderDeadline($input: UpdateSalesOrderDeadlineInput!) {\n    updateSalesOrderDeadline(input: $input) {\n      salesOrder {\n        id\n        deadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkProjectDelivered($input: MarkProjectDeliveredInput!) {\n    markProjectDelivered(input: $input) {\n      project {\n        id\n        deliveredOn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkProjectDelivered($input: MarkProjectDeliveredInput!) {\n    markProjectDelivered(input: $input) {\n      project {\n        id\n        deliveredOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftQuote {\n    quote(id: \"quo-5\") {\n      id\n      code\n      status\n      total\n      currency\n      validUntil\n      version\n      actions\n    }\n  }\n"): (typeof documents)["\n  query DraftQuote {\n    quote(id: \"quo-5\") {\n      id\n      code\n      status\n      total\n      currency\n      validUntil\n      version\n      actions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuote($input: UpdateQuoteInput!) {\n    updateQuote(input: $input) {\n      quote {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuote($input: UpdateQuoteInput!) {\n    updateQuote(input: $input) {\n      quote {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuote($id: ID!) {\n    sendQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendQuote($id: ID!) {\n    sendQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptQuote($id: ID!) {\n    acceptQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n      salesOrder {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptQuote($id: ID!) {\n    acceptQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n      salesOrder {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineQuote($id: ID!) {\n    declineQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineQuote($id: ID!) {\n    declineQuote(id: $id) {\n      quote {\n        id\n        status\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;