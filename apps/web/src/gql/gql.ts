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
    "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    status\n    amount\n    currency\n    issueDate\n    dueDate\n    isOverdue\n  }\n": typeof types.InvoiceRowFragmentDoc,
    "\n  fragment SalesOrderDetails on SalesOrder {\n    id\n    code\n    status\n    total\n    billedTotal\n    unbilledTotal\n    currency\n    deadline\n    progress\n    invoices {\n      ...InvoiceRow\n    }\n  }\n": typeof types.SalesOrderDetailsFragmentDoc,
    "\n  fragment QuoteRow on Quote {\n    id\n    code\n    status\n    total\n    currency\n    validUntil\n  }\n": typeof types.QuoteRowFragmentDoc,
    "\n  fragment ProjectDetails on Project {\n    id\n    code\n    name\n    deadline\n    deliveredOn\n    quotes {\n      ...QuoteRow\n    }\n    salesOrders {\n      ...SalesOrderDetails\n    }\n  }\n": typeof types.ProjectDetailsFragmentDoc,
    "\n  query Account($code: String!) {\n    customer(code: $code) {\n      id\n      code\n      name\n      currency\n      timeZone\n      accountManager {\n        id\n        name\n      }\n      projects {\n        ...ProjectDetails\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  fragment KpiFigures on Kpis {\n    overdueInvoices {\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    overdueAgeing {\n      fromDays\n      toDays\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    quoteConversion {\n      numerator\n      denominator\n      rate\n    }\n    onTimeDelivery {\n      numerator\n      denominator\n      rate\n    }\n    revenue {\n      amount\n      currency\n    }\n  }\n": typeof types.KpiFiguresFragmentDoc,
    "\n  query AccountKpis($customerId: ID!) {\n    accountDashboard(customerId: $customerId) {\n      kpis {\n        ...KpiFigures\n      }\n    }\n  }\n": typeof types.AccountKpisDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    currency\n    accountManager {\n      id\n      name\n    }\n    openAmount\n    overdueAmount\n  }\n": typeof types.CustomerRowFragmentDoc,
    "\n  query Customers($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CustomerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CustomersDocument,
};
const documents: Documents = {
    "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    status\n    amount\n    currency\n    issueDate\n    dueDate\n    isOverdue\n  }\n": types.InvoiceRowFragmentDoc,
    "\n  fragment SalesOrderDetails on SalesOrder {\n    id\n    code\n    status\n    total\n    billedTotal\n    unbilledTotal\n    currency\n    deadline\n    progress\n    invoices {\n      ...InvoiceRow\n    }\n  }\n": types.SalesOrderDetailsFragmentDoc,
    "\n  fragment QuoteRow on Quote {\n    id\n    code\n    status\n    total\n    currency\n    validUntil\n  }\n": types.QuoteRowFragmentDoc,
    "\n  fragment ProjectDetails on Project {\n    id\n    code\n    name\n    deadline\n    deliveredOn\n    quotes {\n      ...QuoteRow\n    }\n    salesOrders {\n      ...SalesOrderDetails\n    }\n  }\n": types.ProjectDetailsFragmentDoc,
    "\n  query Account($code: String!) {\n    customer(code: $code) {\n      id\n      code\n      name\n      currency\n      timeZone\n      accountManager {\n        id\n        name\n      }\n      projects {\n        ...ProjectDetails\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  fragment KpiFigures on Kpis {\n    overdueInvoices {\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    overdueAgeing {\n      fromDays\n      toDays\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    quoteConversion {\n      numerator\n      denominator\n      rate\n    }\n    onTimeDelivery {\n      numerator\n      denominator\n      rate\n    }\n    revenue {\n      amount\n      currency\n    }\n  }\n": types.KpiFiguresFragmentDoc,
    "\n  query AccountKpis($customerId: ID!) {\n    accountDashboard(customerId: $customerId) {\n      kpis {\n        ...KpiFigures\n      }\n    }\n  }\n": types.AccountKpisDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    currency\n    accountManager {\n      id\n      name\n    }\n    openAmount\n    overdueAmount\n  }\n": types.CustomerRowFragmentDoc,
    "\n  query Customers($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CustomerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CustomersDocument,
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
export function graphql(source: "\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    status\n    amount\n    currency\n    issueDate\n    dueDate\n    isOverdue\n  }\n"): (typeof documents)["\n  fragment InvoiceRow on Invoice {\n    id\n    number\n    status\n    amount\n    currency\n    issueDate\n    dueDate\n    isOverdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesOrderDetails on SalesOrder {\n    id\n    code\n    status\n    total\n    billedTotal\n    unbilledTotal\n    currency\n    deadline\n    progress\n    invoices {\n      ...InvoiceRow\n    }\n  }\n"): (typeof documents)["\n  fragment SalesOrderDetails on SalesOrder {\n    id\n    code\n    status\n    total\n    billedTotal\n    unbilledTotal\n    currency\n    deadline\n    progress\n    invoices {\n      ...InvoiceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteRow on Quote {\n    id\n    code\n    status\n    total\n    currency\n    validUntil\n  }\n"): (typeof documents)["\n  fragment QuoteRow on Quote {\n    id\n    code\n    status\n    total\n    currency\n    validUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetails on Project {\n    id\n    code\n    name\n    deadline\n    deliveredOn\n    quotes {\n      ...QuoteRow\n    }\n    salesOrders {\n      ...SalesOrderDetails\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetails on Project {\n    id\n    code\n    name\n    deadline\n    deliveredOn\n    quotes {\n      ...QuoteRow\n    }\n    salesOrders {\n      ...SalesOrderDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account($code: String!) {\n    customer(code: $code) {\n      id\n      code\n      name\n      currency\n      timeZone\n      accountManager {\n        id\n        name\n      }\n      projects {\n        ...ProjectDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account($code: String!) {\n    customer(code: $code) {\n      id\n      code\n      name\n      currency\n      timeZone\n      accountManager {\n        id\n        name\n      }\n      projects {\n        ...ProjectDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiFigures on Kpis {\n    overdueInvoices {\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    overdueAgeing {\n      fromDays\n      toDays\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    quoteConversion {\n      numerator\n      denominator\n      rate\n    }\n    onTimeDelivery {\n      numerator\n      denominator\n      rate\n    }\n    revenue {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment KpiFigures on Kpis {\n    overdueInvoices {\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    overdueAgeing {\n      fromDays\n      toDays\n      count\n      amounts {\n        amount\n        currency\n      }\n    }\n    quoteConversion {\n      numerator\n      denominator\n      rate\n    }\n    onTimeDelivery {\n      numerator\n      denominator\n      rate\n    }\n    revenue {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountKpis($customerId: ID!) {\n    accountDashboard(customerId: $customerId) {\n      kpis {\n        ...KpiFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountKpis($customerId: ID!) {\n    accountDashboard(customerId: $customerId) {\n      kpis {\n        ...KpiFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    currency\n    accountManager {\n      id\n      name\n    }\n    openAmount\n    overdueAmount\n  }\n"): (typeof documents)["\n  fragment CustomerRow on Customer {\n    id\n    code\n    name\n    currency\n    accountManager {\n      id\n      name\n    }\n    openAmount\n    overdueAmount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CustomerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CustomerRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;