import { readFileSync } from 'node:fs';

import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isScalarType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app';
import { attemptMutation, observeType, runProbe, type Outcome } from './observe';
import { MUTATION_ATTEMPTS, QUERY_PROBES, READ_PROBES, type ProbeContext } from './probes';
import { seedAccounts, type Seed, type SeededUser } from './seed';

/*
 * Who sees what, from the domain's access rule, for reads and changes of am1's account
 * (what am1 may not see of am2's account is in leaks.test.ts):
 *
 * | role            | sees                                             | may change                 |
 * | admin           | everything                                       | everything                 |
 * | account manager | everything of its accounts                       | their customers, projects, |
 * |                 |                                                  | quotes, orders, invoices   |
 * | sales           | customers, projects, quotes                      | quotes, customers          |
 * | delivery        | projects, sales orders, without money            | progress, delivery dates   |
 * | finance         | orders and invoices of all accounts              | invoices and their status  |
 * | API token       | what its scope and owner allow (here: am1, read) | nothing without write scope|
 *
 * The API reaches documents through the account and its projects, so delivery and finance
 * read customers and projects too. A nested list of a type the role does not see reads [];
 * a nullable single field of such a type null; a required one FORBIDDEN; a root lookup of it
 * FORBIDDEN. A KPI needs the documents it counts.
 *
 * Interpretations written down here, where the rule leaves room:
 * - Money is every Decimal field, and an audit event's from/to when the change was to money
 *   (here a project's budget). Delivery reads all of them as null.
 * - A customer's openAmount and overdueAmount sum its invoices: sales, which does not see
 *   invoices, reads them as null like hidden money rather than FORBIDDEN (they are nullable
 *   money fields, not KPIs).
 * - A billing plan part's percentage is not money: with the total hidden it tells delivery no
 *   amount, so delivery reads it.
 * - Sales sees project budgets and delivery costs: the rule hides money from delivery only.
 * - Accepting a quote is a change of the quote (the order follows from it), so sales may
 *   accept and decline; but the accept payload's salesOrder is a required field of a type
 *   sales does not see, so it is FORBIDDEN for sales.
 * - Fulfilling an order is order progress (to 100): delivery may. Cancelling an order and
 *   setting its billing plan are order changes that only its account manager and admin make.
 * - Editing a project's name, money, scope or links (updateProject) is not progress or a
 *   delivery date: delivery may not.
 * - A customer is created by sales or by the account manager it will belong to.
 * - login and logout are open to every signed-in role and to a read-only token: ending one's
 *   own session or token is not a change of the company's data. setPassword is open to
 *   whoever holds the one-time link, whatever they are signed in as.
 * - Users, roles, API tokens and account owners (reassignAccounts) are admin's alone (the
 *   USERS write right). accountManagers, the owners one may pick, is read by every role: the
 *   directory shows every account's owner to everyone already.
 * - A payload type is read through one mutation that returns it (ProjectPayload through
 *   updateProjectDeadline, SalesOrderPayload through updateSalesOrderProgress, InvoicePayload
 *   through sendInvoice, QuotePayload through declineQuote, CustomerPayload through
 *   updateCustomer): a role that may not make that change is refused (deny) before any
 *   payload field is read.
 */

const ROLES = ['ADMIN', 'ACCOUNT_MANAGER', 'SALES', 'DELIVERY', 'FINANCE', 'API_TOKEN'] as const;
type Viewer = (typeof ROLES)[number];
type Row = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

const A: Outcome = 'allow';
const D: Outcome = 'deny';
const M: Outcome = 'null-money';
const E: Outcome = 'empty';
const N: Outcome = 'null';

const all = (outcome: Outcome): Row => [outcome, outcome, outcome, outcome, outcome, outcome];
const fields = (names: string[], row: Row) =>
  Object.fromEntries(names.map((name) => [name, row] as const));

/** The roles that see a document type, as one row. */
//                      ADMIN AM SALES DELIVERY FINANCE TOKEN(am1, read-only)
const QUOTES: Row = /* */ [A, A, A, D, D, A];
const ORDERS: Row = /* */ [A, A, D, A, A, A];
const INVOICES: Row = /**/ [A, A, D, D, A, A];
/** The roles that may make a change, as one row; the read-only token makes none. */
const CHANGE_QUOTES: Row = [A, A, A, D, D, D];
const CHANGE_CUSTOMERS: Row = [A, A, A, D, D, D];
const CHANGE_DELIVERY: Row = [A, A, D, A, D, D];
const CHANGE_INVOICES: Row = [A, A, D, D, A, D];
const CHANGE_ACCOUNT: Row = [A, A, D, D, D, D];
/** Users, their roles, API tokens and account owners: admin only. */
const USERS: Row = [A, D, D, D, D, D];

//                                   ADMIN AM SALES DELIVERY FINANCE TOKEN
const TABLE: Record<string, Record<string, Row>> = {
  Query: {
    accountDashboard: all(A),
    accountDirectory: all(A),
    accountManagers: all(A),
    apiTokens: USERS,
    customer: all(A),
    customers: all(A),
    invoice: INVOICES,
    portfolioDashboard: all(A),
    project: all(A),
    quote: QUOTES,
    salesOrder: ORDERS,
    users: USERS,
    viewer: all(A),
    viewerAccess: all(A),
  },
  Mutation: {
    acceptQuote: CHANGE_QUOTES,
    cancelSalesOrder: CHANGE_ACCOUNT,
    completeInvoice: CHANGE_INVOICES,
    createApiToken: USERS,
    createCustomer: CHANGE_CUSTOMERS,
    createInvoice: CHANGE_INVOICES,
    createPasswordLink: USERS,
    createProject: CHANGE_ACCOUNT,
    createQuote: CHANGE_QUOTES,
    createUser: USERS,
    deactivateUser: USERS,
    declineQuote: CHANGE_QUOTES,
    fulfillSalesOrder: CHANGE_DELIVERY,
    login: all(A),
    logout: all(A),
    markProjectDelivered: CHANGE_DELIVERY,
    reactivateUser: USERS,
    reassignAccounts: USERS,
    reissueInvoice: CHANGE_INVOICES,
    rejectInvoice: CHANGE_INVOICES,
    revokeApiToken: USERS,
    sendInvoice: CHANGE_INVOICES,
    sendQuote: CHANGE_QUOTES,
    setBillingPlan: CHANGE_ACCOUNT,
    setPassword: all(A),
    startInvoiceProcessing: CHANGE_INVOICES,
    updateCustomer: CHANGE_CUSTOMERS,
    updateProject: CHANGE_ACCOUNT,
    updateProjectDeadline: CHANGE_DELIVERY,
    updateQuote: CHANGE_QUOTES,
    updateSalesOrderDeadline: CHANGE_DELIVERY,
    updateSalesOrderProgress: CHANGE_DELIVERY,
    updateUser: USERS,
    voidInvoice: CHANGE_INVOICES,
  },
  AcceptQuotePayload: {
    quote: CHANGE_QUOTES,
    salesOrder: [A, A, D, D, D, D],
  },
  AccountDashboard: fields(['customer', 'kpis'], all(A)),
  AgeingBucket: fields(['amounts', 'count', 'fromDays', 'toDays'], INVOICES),
  ApiToken: fields(
    [
      'createdAt',
      'expiresAt',
      'id',
      'isActive',
      'lastUsedAt',
      'name',
      'owner',
      'revokedAt',
      'scope',
    ],
    USERS,
  ),
  ApiTokenConnection: fields(['edges', 'pageInfo', 'totalCount'], USERS),
  ApiTokenEdge: fields(['cursor', 'node'], USERS),
  ApiTokenPayload: fields(['apiToken', 'secret'], USERS),
  AuditEvent: {
    ...fields(['action', 'actor', 'apiToken', 'field', 'id', 'occurredAt', 'reason'], all(A)),
    from: [A, A, A, M, A, A],
    to: [A, A, A, M, A, A],
  },
  BillingPlanPart: {
    ...fields(['id', 'isBilled', 'kind', 'label', 'percentage', 'position'], ORDERS),
    amount: [A, A, D, M, A, A],
  },
  CountAndAmounts: fields(['amounts', 'count'], INVOICES),
  Customer: {
    ...fields(
      [
        'accountManager',
        'code',
        'currency',
        'email',
        'externalRef',
        'history',
        'id',
        'name',
        'projects',
        'taxId',
        'timeZone',
        'version',
      ],
      all(A),
    ),
    openAmount: [A, A, M, M, A, A],
    overdueAmount: [A, A, M, M, A, A],
  },
  CustomerConnection: fields(['edges', 'pageInfo', 'totalCount'], all(A)),
  CustomerEdge: fields(['cursor', 'node'], all(A)),
  CustomerPayload: { customer: CHANGE_CUSTOMERS },
  DirectoryEntry: fields(['accountManager', 'code', 'id', 'name'], all(A)),
  DirectoryEntryConnection: fields(['edges', 'pageInfo', 'totalCount'], all(A)),
  DirectoryEntryEdge: fields(['cursor', 'node'], all(A)),
  Invoice: fields(
    [
      'actions',
      'amount',
      'completedOn',
      'currency',
      'dueDate',
      'externalRef',
      'history',
      'id',
      'isOverdue',
      'issueDate',
      'number',
      'planPartId',
      'reissueOf',
      'reissuedBy',
      'rejectionReason',
      'salesOrder',
      'status',
    ],
    INVOICES,
  ),
  InvoicePayload: { invoice: CHANGE_INVOICES },
  Kpis: {
    onTimeDelivery: all(A),
    overdueAgeing: INVOICES,
    overdueInvoices: INVOICES,
    quoteConversion: QUOTES,
    revenue: INVOICES,
  },
  LoginPayload: fields(['token', 'user'], all(A)),
  Money: fields(['amount', 'currency'], INVOICES),
  PageInfo: fields(['endCursor', 'hasNextPage'], all(A)),
  PasswordLink: fields(['expiresAt', 'url'], USERS),
  PortfolioDashboard: fields(['accountManager', 'kpis'], all(A)),
  Project: {
    ...fields(
      [
        'code',
        'currency',
        'customer',
        'deadline',
        'deliveredOn',
        'documentLinks',
        'history',
        'id',
        'name',
        'scopeNote',
        'version',
      ],
      all(A),
    ),
    budget: [A, A, A, M, A, A],
    deliveryCost: [A, A, A, M, A, A],
    quotes: [A, A, A, E, E, A],
    salesOrders: [A, A, E, A, A, A],
  },
  ProjectPayload: fields(['project', 'salesOrders'], CHANGE_DELIVERY),
  Quote: {
    ...fields(
      [
        'actions',
        'code',
        'currency',
        'decidedOn',
        'history',
        'id',
        'project',
        'status',
        'total',
        'validUntil',
        'version',
      ],
      QUOTES,
    ),
    salesOrder: [A, A, N, D, D, A],
  },
  QuotePayload: { quote: CHANGE_QUOTES },
  ReassignAccountsPayload: { customers: USERS },
  Ratio: fields(['denominator', 'numerator', 'rate'], all(A)),
  SalesOrder: {
    ...fields(
      [
        'actions',
        'billingPlan',
        'code',
        'currency',
        'deadline',
        'history',
        'id',
        'progress',
        'project',
        'status',
        'version',
      ],
      ORDERS,
    ),
    billedTotal: [A, A, D, M, A, A],
    invoices: [A, A, D, E, A, A],
    quote: [A, A, D, D, D, A],
    total: [A, A, D, M, A, A],
    unbilledTotal: [A, A, D, M, A, A],
  },
  SalesOrderPayload: fields(['project', 'salesOrder', 'salesOrders'], CHANGE_DELIVERY),
  User: fields(['email', 'id', 'isActive', 'name', 'role'], all(A)),
  UserConnection: fields(['edges', 'pageInfo', 'totalCount'], USERS),
  UserEdge: fields(['cursor', 'node'], USERS),
  UserPayload: fields(['passwordLink', 'user'], USERS),
  ViewerAccess: fields(['opensEveryAccount', 'reads', 'seesMoney', 'writes'], all(A)),
};

/** Inputs, enums and scalars carry no access of their own; named so that a new one is seen. */
const NOT_ACCESS_SUBJECTS = [
  'BillingPlanPartInput',
  'CreateApiTokenInput',
  'CreateUserInput',
  'ReassignAccountsInput',
  'UpdateUserInput',
  'CreateCustomerInput',
  'CreateInvoiceInput',
  'CreateProjectInput',
  'CreateQuoteInput',
  'MarkProjectDeliveredInput',
  'SetBillingPlanInput',
  'UpdateCustomerInput',
  'UpdateProjectDeadlineInput',
  'UpdateProjectInput',
  'UpdateQuoteInput',
  'UpdateSalesOrderDeadlineInput',
  'UpdateSalesOrderProgressInput',
  'DocumentType',
  'InvoiceAction',
  'InvoiceStatus',
  'PlanPartKind',
  'QuoteAction',
  'QuoteStatus',
  'Role',
  'SalesOrderAction',
  'SalesOrderStatus',
  'WriteRight',
  'DateTime',
  'Decimal',
  'LocalDate',
];

const schema = buildSchema(
  readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'),
);
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const schemaTypes = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith('__') && !BUILT_IN.has(type.name),
);
const hasTokens = Boolean(schema.getMutationType()?.getFields().createApiToken);

/** The API token is run only once the schema can create one. */
const VIEWERS = ROLES.filter((role) => role !== 'API_TOKEN' || hasTokens);

const expectedFor = (typeName: string, viewer: Viewer) =>
  Object.fromEntries(
    Object.entries(TABLE[typeName] ?? {}).map(([field, row]) => [
      field,
      row[ROLES.indexOf(viewer)],
    ]),
  );

describe('the access table', () => {
  it('names every object type and field of the schema, and nothing the schema lacks', () => {
    const inSchema = schemaTypes
      .filter(isObjectType)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
      .sort();

    const inTable = Object.entries(TABLE)
      .flatMap(([type, row]) => Object.keys(row).map((field) => `${type}.${field}`))
      .sort();

    expect(inTable).toEqual(inSchema);
  });

  it('names every input, enum and scalar of the schema, and nothing the schema lacks', () => {
    const inSchema = schemaTypes
      .filter((type) => isInputObjectType(type) || isEnumType(type) || isScalarType(type))
      .map((type) => type.name)
      .sort();

    expect([...NOT_ACCESS_SUBJECTS].sort()).toEqual(inSchema);
  });

  it('has a probe for every query, mutation and object type it names', () => {
    const objectTypes = Object.keys(TABLE).filter((t) => t !== 'Query' && t !== 'Mutation');

    expect(Object.keys(QUERY_PROBES).sort()).toEqual(Object.keys(TABLE.Query!).sort());
    expect(Object.keys(MUTATION_ATTEMPTS).sort()).toEqual(Object.keys(TABLE.Mutation!).sort());
    expect(Object.keys(READ_PROBES).sort()).toEqual(objectTypes.sort());
  });
});

describe('access by role', () => {
  let app: TestApp;
  let seed: Seed;
  let workbench: ProbeContext['workbench'];
  const users = {} as Record<Viewer, SeededUser>;
  const baselines = new Map<string, Record<string, unknown>>();
  let counter = 0;

  const context = (viewer: Viewer): ProbeContext => ({
    app,
    seed,
    viewer: users[viewer],
    workbench,
    next: () => (counter += 1),
    async setUp<T>(query: string, variables: Record<string, unknown> = {}) {
      const result = await app.graphql<T>(query, variables, { token: seed.admin.token });
      if (result.errors) throw new Error(`Set-up failed: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
    async freshCredential() {
      if (viewer === 'API_TOKEN') return createReadOnlyToken(app, seed);
      const signedIn = await app.graphql<{ login: { token: string } }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email: users[viewer].email, password: TEST_PASSWORD },
      );
      return signedIn.data!.login.token;
    },
  });

  beforeAll(async () => {
    app = await startTestApp();
    seed = await seedAccounts(app);
    Object.assign(users, {
      ADMIN: seed.admin,
      ACCOUNT_MANAGER: seed.am1,
      SALES: seed.sales,
      DELIVERY: seed.delivery,
      FINANCE: seed.finance,
    });
    if (hasTokens) {
      users.API_TOKEN = { ...seed.am1, token: await createReadOnlyToken(app, seed) };
    }
    const chain = context('ADMIN');
    const project = await chain.setUp<{ createProject: { project: { id: string } } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
      { input: { customerId: seed.mine.customerId, name: 'Workbench', deadline: '2026-12-31' } },
    );
    const projectId = project.createProject.project.id;
    const quote = await chain.setUp<{ createQuote: { quote: { id: string } } }>(
      'mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { quote { id } } }',
      { input: { projectId, total: '1000000000.00', validUntil: '2026-07-31' } },
    );
    const order = await chain.setUp<{ acceptQuote: { salesOrder: { id: string } } }>(
      'mutation ($id: ID!) { acceptQuote(id: $id) { salesOrder { id } } }',
      { id: quote.createQuote.quote.id },
    );
    workbench = { projectId, orderId: order.acceptQuote.salesOrder.id };
  });

  afterAll(async () => {
    await app.close();
  });

  /** What admin reads of a type: the values other roles are compared with. */
  async function baselineOf(type: GraphQLObjectType): Promise<Record<string, unknown>> {
    const known = baselines.get(type.name);
    if (known) return known;

    const read = await runProbe(
      context('ADMIN'),
      READ_PROBES[type.name]!,
      type,
      Object.keys(TABLE[type.name]!),
    );
    if (!read.values) throw new Error(`Admin cannot read ${type.name}: ${read.outcome}`);

    baselines.set(type.name, read.values);
    return read.values;
  }

  it.each(VIEWERS)('%s reaches each Query field as the table says', async (viewer) => {
    const observed: Record<string, string> = {};

    for (const [field, probe] of Object.entries(QUERY_PROBES)) {
      const result = await app.graphql<Record<string, unknown>>(
        probe.query,
        probe.variables(seed) as Record<string, unknown>,
        { token: users[viewer].token },
      );
      const code = result.errors?.[0]?.extensions.code;
      observed[field] =
        code === 'FORBIDDEN'
          ? 'deny'
          : code
            ? `error:${String(code)}`
            : result.data?.[field] === null
              ? 'null'
              : 'allow';
    }

    expect(observed).toEqual(expectedFor('Query', viewer));
  });

  const objectTypes = Object.keys(TABLE).filter((t) => t !== 'Query' && t !== 'Mutation');
  const readCases = VIEWERS.flatMap((viewer) => objectTypes.map((type) => [viewer, type]));

  it.each(readCases)('%s reads %s fields as the table says', async (viewer, typeName) => {
    const type = schema.getType(typeName!) as GraphQLObjectType;
    const baseline = await baselineOf(type);

    const observed = await observeType(
      context(viewer as Viewer),
      READ_PROBES[typeName!]!,
      type,
      Object.keys(TABLE[typeName!]!),
      baseline,
    );

    expect(observed).toEqual(expectedFor(typeName!, viewer as Viewer));
  });

  it('seeds a value for every field some role must not see', async () => {
    const blank: string[] = [];

    for (const typeName of objectTypes) {
      const rows = Object.entries(TABLE[typeName]!);
      const hidden = rows.filter(([, row]) => row.some((o) => o === M || o === E || o === N));
      if (hidden.length === 0) continue;
      const baseline = await baselineOf(schema.getType(typeName) as GraphQLObjectType);
      for (const [field] of hidden) {
        const value = baseline[field];
        if (value == null || (Array.isArray(value) && value.length === 0)) {
          blank.push(`${typeName}.${field}`);
        }
      }
    }

    expect(blank).toEqual([]);
  });

  it.each(VIEWERS)('%s may make each change as the table says', async (viewer) => {
    const observed: Record<string, string> = {};
    const adminErrors: Record<string, unknown> = {};

    for (const [mutation, attempt] of Object.entries(MUTATION_ATTEMPTS)) {
      const result = await attemptMutation(context(viewer), attempt);
      observed[mutation] = result.outcome;
      if (viewer === 'ADMIN' && result.errors) adminErrors[mutation] = result.errors;
    }

    // Admin's attempts must succeed: they show that each attempt's input is valid.
    expect(adminErrors).toEqual({});
    expect(observed).toEqual(expectedFor('Mutation', viewer));
  });
});

/** A read-only API token of am1 (no scope), made by admin. */
async function createReadOnlyToken(app: TestApp, seed: Seed): Promise<string> {
  const result = await app.graphql<{ createApiToken: { secret: string } }>(
    'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
    { input: { name: 'BI export', ownerId: seed.am1.id, scope: [] } },
    { token: seed.admin.token },
  );
  if (!result.data) throw new Error(`Token creation failed: ${JSON.stringify(result.errors)}`);
  return result.data.createApiToken.secret;
}
