import type { TestApp } from '../../testing/test-app';
import type { Seed, SeededUser } from './seed';

/** What a probe may use: the seed, a workbench on am1's account, and admin calls to set up. */
export interface ProbeContext {
  app: TestApp;
  seed: Seed;
  /** The user the request is made for (its e-mail signs in; its token is the default). */
  viewer: SeededUser;
  workbench: { projectId: string; orderId: string };
  /** A fresh number, for names, dates and progress that must differ per call. */
  next(): number;
  /** As admin, throwing on any error: setting up is not under test. */
  setUp<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A new session of the viewer (for logout, which ends the one it is sent with). */
  freshCredential(): Promise<string>;
}

export interface Prepared {
  variables: Record<string, unknown>;
  /** Overrides the viewer's token. */
  token?: string;
}

/** Reaches one object of a type: `SELECTION` in `query` is replaced by the fields read. */
export interface ReadProbe {
  query: string;
  prepare(ctx: ProbeContext): Promise<Prepared>;
  pick(data: Record<string, unknown>): unknown;
  /** Fields the pick needs besides those under test. */
  extra?: string;
}

const get = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (at, key) => (at == null ? undefined : (at as Record<string, unknown>)[key]),
    value,
  );

const fixed =
  (variables: (seed: Seed) => Record<string, unknown>) =>
  (ctx: ProbeContext): Promise<Prepared> =>
    Promise.resolve({ variables: variables(ctx.seed) });

const day = (n: number) => {
  const date = new Date(Date.UTC(2027, 0, 1) + n * 86_400_000);
  return date.toISOString().slice(0, 10);
};

/* Fresh targets on am1's workbench, made as admin. */

async function activeQuote(ctx: ProbeContext, asDraft = false): Promise<string> {
  const data = await ctx.setUp<{ createQuote: { quote: { id: string } } }>(
    'mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { quote { id } } }',
    {
      input: {
        projectId: ctx.workbench.projectId,
        total: '1000.00',
        validUntil: '2026-07-31',
        asDraft,
      },
    },
  );
  return data.createQuote.quote.id;
}

async function openOrder(ctx: ProbeContext): Promise<string> {
  const id = await activeQuote(ctx);
  const data = await ctx.setUp<{ acceptQuote: { salesOrder: { id: string } } }>(
    'mutation ($id: ID!) { acceptQuote(id: $id) { salesOrder { id } } }',
    { id },
  );
  return data.acceptQuote.salesOrder.id;
}

async function invoiceIn(
  ctx: ProbeContext,
  steps: ('sendInvoice' | 'startInvoiceProcessing' | 'rejectInvoice')[],
): Promise<string> {
  const data = await ctx.setUp<{ createInvoice: { invoice: { id: string } } }>(
    'mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } } }',
    { input: { salesOrderId: ctx.workbench.orderId, amount: '1.00', dueDate: '2026-07-15' } },
  );
  const id = data.createInvoice.invoice.id;
  for (const step of steps) {
    const reason = step === 'rejectInvoice' ? ', reason: "Wrong amount"' : '';
    await ctx.setUp(`mutation ($id: ID!) { ${step}(id: $id${reason}) { invoice { id } } }`, { id });
  }
  return id;
}

/** A user nobody signs in as, for the user administration changes. */
async function throwawayUser(ctx: ProbeContext): Promise<{ id: string; linkSecret: string }> {
  const data = await ctx.setUp<{
    createUser: { user: { id: string }; passwordLink: { url: string } };
  }>(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } passwordLink { url } } }',
    { input: { email: `throwaway-${ctx.next()}@test.arus`, name: 'Throwaway', role: 'SALES' } },
  );
  const { user, passwordLink } = data.createUser;
  return { id: user.id, linkSecret: new URL(passwordLink.url).hash.replace('#token=', '') };
}

async function apiTokenOfAm1(ctx: ProbeContext): Promise<string> {
  const data = await ctx.setUp<{ createApiToken: { apiToken: { id: string } } }>(
    'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }',
    { input: { name: `Token ${ctx.next()}`, ownerId: ctx.seed.am1.id } },
  );
  return data.createApiToken.apiToken.id;
}

async function versionOf(ctx: ProbeContext, type: string, id: string): Promise<number> {
  const data = await ctx.setUp<Record<string, { version: number }>>(
    `query ($id: ID!) { ${type}(id: $id) { version } }`,
    { id },
  );
  return data[type]!.version;
}

/** Every mutation, attempted with input that is valid against am1's account. */
export const MUTATION_ATTEMPTS: Record<
  string,
  { call: string; prepare(ctx: ProbeContext): Promise<Prepared> }
> = {
  acceptQuote: {
    call: 'mutation ($id: ID!) { acceptQuote(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: await activeQuote(ctx) } }),
  },
  cancelSalesOrder: {
    call: 'mutation ($id: ID!) { cancelSalesOrder(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: await openOrder(ctx) } }),
  },
  completeInvoice: {
    call: 'mutation ($id: ID!) { completeInvoice(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({
      variables: { id: await invoiceIn(ctx, ['sendInvoice', 'startInvoiceProcessing']) },
    }),
  },
  createApiToken: {
    call: 'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { SELECTION } }',
    prepare: (ctx) =>
      Promise.resolve({
        variables: { input: { name: `Attempt ${ctx.next()}`, ownerId: ctx.seed.am1.id } },
      }),
  },
  createPasswordLink: {
    call: 'mutation ($id: ID!) { createPasswordLink(userId: $id) { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: (await throwawayUser(ctx)).id } }),
  },
  createUser: {
    call: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { SELECTION } }',
    prepare: (ctx) =>
      Promise.resolve({
        variables: {
          input: { email: `attempt-${ctx.next()}@test.arus`, name: 'Attempt', role: 'SALES' },
        },
      }),
  },
  deactivateUser: {
    call: 'mutation ($id: ID!) { deactivateUser(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: (await throwawayUser(ctx)).id } }),
  },
  reactivateUser: {
    call: 'mutation ($id: ID!) { reactivateUser(id: $id) { SELECTION } }',
    prepare: async (ctx) => {
      const { id } = await throwawayUser(ctx);
      await ctx.setUp('mutation ($id: ID!) { deactivateUser(id: $id) { user { id } } }', { id });
      return { variables: { id } };
    },
  },
  reassignAccounts: {
    call: 'mutation ($input: ReassignAccountsInput!) { reassignAccounts(input: $input) { SELECTION } }',
    prepare: async (ctx) => {
      const n = ctx.next();
      const data = await ctx.setUp<{ createCustomer: { customer: { id: string } } }>(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }',
        {
          input: {
            name: `Handed over ${n}`,
            email: `office@handed-${n}.example`,
            currency: 'IDR',
            timeZone: 'Asia/Jakarta',
            accountManagerId: ctx.seed.am1.id,
          },
        },
      );
      return {
        variables: {
          input: {
            customerIds: [data.createCustomer.customer.id],
            fromUserId: ctx.seed.am1.id,
            toUserId: ctx.seed.am2.id,
          },
        },
      };
    },
  },
  revokeApiToken: {
    call: 'mutation ($id: ID!) { revokeApiToken(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: await apiTokenOfAm1(ctx) } }),
  },
  setPassword: {
    call: 'mutation ($token: String!) { setPassword(token: $token, password: "a long new password") { SELECTION } }',
    prepare: async (ctx) => ({ variables: { token: (await throwawayUser(ctx)).linkSecret } }),
  },
  updateUser: {
    call: 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { SELECTION } }',
    prepare: async (ctx) => ({
      variables: { input: { userId: (await throwawayUser(ctx)).id, name: 'Renamed' } },
    }),
  },
  createCustomer: {
    call: 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { SELECTION } }',
    prepare: (ctx) => {
      const n = ctx.next();
      return Promise.resolve({
        variables: {
          input: {
            name: `Attempt ${n}`,
            email: `office@attempt-${n}.example`,
            currency: 'IDR',
            timeZone: 'Asia/Jakarta',
            accountManagerId: ctx.seed.am1.id,
          },
        },
      });
    },
  },
  createInvoice: {
    call: 'mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { SELECTION } }',
    prepare: (ctx) =>
      Promise.resolve({
        variables: {
          input: { salesOrderId: ctx.workbench.orderId, amount: '1.00', dueDate: '2026-07-15' },
        },
      }),
  },
  createProject: {
    call: 'mutation ($input: CreateProjectInput!) { createProject(input: $input) { SELECTION } }',
    prepare: (ctx) =>
      Promise.resolve({
        variables: {
          input: {
            customerId: ctx.seed.mine.customerId,
            name: `Attempt ${ctx.next()}`,
            deadline: '2026-12-31',
          },
        },
      }),
  },
  createQuote: {
    call: 'mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { SELECTION } }',
    prepare: (ctx) =>
      Promise.resolve({
        variables: {
          input: { projectId: ctx.workbench.projectId, total: '1000.00', validUntil: '2026-07-31' },
        },
      }),
  },
  declineQuote: {
    call: 'mutation ($id: ID!) { declineQuote(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: await activeQuote(ctx) } }),
  },
  fulfillSalesOrder: {
    call: 'mutation ($id: ID!) { fulfillSalesOrder(id: $id) { SELECTION } }',
    prepare: async (ctx) => {
      const id = await openOrder(ctx);
      await ctx.setUp(
        'mutation ($input: UpdateSalesOrderProgressInput!) { updateSalesOrderProgress(input: $input) { salesOrder { id } } }',
        { input: { salesOrderId: id, progress: 50 } },
      );
      return { variables: { id } };
    },
  },
  login: {
    call: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { SELECTION } }',
    prepare: (ctx) =>
      Promise.resolve({
        variables: { email: ctx.viewer.email, password: 'correct horse battery staple' },
      }),
  },
  logout: {
    call: 'mutation { logout }',
    prepare: async (ctx) => ({ variables: {}, token: await ctx.freshCredential() }),
  },
  markProjectDelivered: {
    call: 'mutation ($input: MarkProjectDeliveredInput!) { markProjectDelivered(input: $input) { SELECTION } }',
    prepare: async (ctx) => {
      const data = await ctx.setUp<{ createProject: { project: { id: string } } }>(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
        {
          input: {
            customerId: ctx.seed.mine.customerId,
            name: `Delivery ${ctx.next()}`,
            deadline: '2026-12-31',
          },
        },
      );
      return {
        variables: {
          input: { projectId: data.createProject.project.id, deliveredOn: '2026-06-15' },
        },
      };
    },
  },
  reissueInvoice: {
    call: 'mutation ($id: ID!) { reissueInvoice(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({
      variables: { id: await invoiceIn(ctx, ['sendInvoice', 'rejectInvoice']) },
    }),
  },
  rejectInvoice: {
    call: 'mutation ($id: ID!) { rejectInvoice(id: $id, reason: "Wrong PO") { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: await invoiceIn(ctx, ['sendInvoice']) } }),
  },
  sendInvoice: {
    call: 'mutation ($id: ID!) { sendInvoice(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: await invoiceIn(ctx, []) } }),
  },
  sendQuote: {
    call: 'mutation ($id: ID!) { sendQuote(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: await activeQuote(ctx, true) } }),
  },
  setBillingPlan: {
    call: 'mutation ($input: SetBillingPlanInput!) { setBillingPlan(input: $input) { SELECTION } }',
    prepare: async (ctx) => ({
      variables: {
        input: {
          salesOrderId: await openOrder(ctx),
          parts: [{ kind: 'MILESTONE', label: 'All at once', percentage: '100' }],
        },
      },
    }),
  },
  startInvoiceProcessing: {
    call: 'mutation ($id: ID!) { startInvoiceProcessing(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: await invoiceIn(ctx, ['sendInvoice']) } }),
  },
  updateCustomer: {
    call: 'mutation ($input: UpdateCustomerInput!) { updateCustomer(input: $input) { SELECTION } }',
    prepare: async (ctx) => {
      const customerId = ctx.seed.mine.customerId;
      const version = await versionOf(ctx, 'customer', customerId);
      return {
        variables: { input: { customerId, version, email: `office${ctx.next()}@arus-satu.co.id` } },
      };
    },
  },
  updateProject: {
    call: 'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { SELECTION } }',
    prepare: async (ctx) => {
      const projectId = ctx.workbench.projectId;
      const version = await versionOf(ctx, 'project', projectId);
      return { variables: { input: { projectId, version, scopeNote: `Scope ${ctx.next()}` } } };
    },
  },
  updateProjectDeadline: {
    call: 'mutation ($input: UpdateProjectDeadlineInput!) { updateProjectDeadline(input: $input) { SELECTION } }',
    prepare: (ctx) =>
      Promise.resolve({
        variables: {
          input: {
            projectId: ctx.workbench.projectId,
            deadline: day(ctx.next()),
            reason: 'Customer asked',
          },
        },
      }),
  },
  updateQuote: {
    call: 'mutation ($input: UpdateQuoteInput!) { updateQuote(input: $input) { SELECTION } }',
    prepare: async (ctx) => {
      const quoteId = await activeQuote(ctx, true);
      const version = await versionOf(ctx, 'quote', quoteId);
      return { variables: { input: { quoteId, version, total: '1200.00' } } };
    },
  },
  updateSalesOrderDeadline: {
    call: 'mutation ($input: UpdateSalesOrderDeadlineInput!) { updateSalesOrderDeadline(input: $input) { SELECTION } }',
    prepare: (ctx) =>
      Promise.resolve({
        variables: {
          input: {
            salesOrderId: ctx.workbench.orderId,
            deadline: day(ctx.next()),
            reason: 'Customer asked',
          },
        },
      }),
  },
  updateSalesOrderProgress: {
    call: 'mutation ($input: UpdateSalesOrderProgressInput!) { updateSalesOrderProgress(input: $input) { SELECTION } }',
    // Progress only grows here, and stays below 100 so that the order stays open.
    prepare: (ctx) =>
      Promise.resolve({
        variables: {
          input: { salesOrderId: ctx.workbench.orderId, progress: Math.min(ctx.next(), 99) },
        },
      }),
  },
  voidInvoice: {
    call: 'mutation ($id: ID!) { voidInvoice(id: $id) { SELECTION } }',
    prepare: async (ctx) => ({ variables: { id: await invoiceIn(ctx, []) } }),
  },
};

/** One request per Query field, reading one thing of am1's account. */
export const QUERY_PROBES: Record<string, { query: string; variables(seed: Seed): object }> = {
  accountDashboard: {
    query: 'query ($id: ID!) { accountDashboard(customerId: $id) { __typename } }',
    variables: (seed) => ({ id: seed.mine.customerId }),
  },
  accountDirectory: { query: '{ accountDirectory { totalCount } }', variables: () => ({}) },
  accountManagers: { query: '{ accountManagers { id } }', variables: () => ({}) },
  apiTokens: { query: '{ apiTokens { totalCount } }', variables: () => ({}) },
  users: { query: '{ users { totalCount } }', variables: () => ({}) },
  customer: {
    query: 'query ($code: String!) { customer(code: $code) { id } }',
    variables: (seed) => ({ code: seed.mine.customerCode }),
  },
  customers: { query: '{ customers { totalCount } }', variables: () => ({}) },
  invoice: {
    query: 'query ($id: ID!) { invoice(id: $id) { id } }',
    variables: (seed) => ({ id: seed.mine.overdueInvoiceId }),
  },
  portfolioDashboard: {
    query: 'query ($id: ID) { portfolioDashboard(accountManagerId: $id) { __typename } }',
    variables: (seed) => ({ id: seed.am1.id }),
  },
  project: {
    query: 'query ($code: String!) { project(code: $code) { id } }',
    variables: (seed) => ({ code: seed.mine.projectCode }),
  },
  quote: {
    query: 'query ($id: ID!) { quote(id: $id) { id } }',
    variables: (seed) => ({ id: seed.mine.acceptedQuoteId }),
  },
  salesOrder: {
    query: 'query ($id: ID!) { salesOrder(id: $id) { id } }',
    variables: (seed) => ({ id: seed.mine.orderId }),
  },
  viewer: { query: '{ viewer { id } }', variables: () => ({}) },
  viewerAccess: { query: '{ viewerAccess { seesMoney } }', variables: () => ({}) },
};

const mutationProbe = (name: string): ReadProbe => ({
  query: MUTATION_ATTEMPTS[name]!.call,
  prepare: (ctx) => MUTATION_ATTEMPTS[name]!.prepare(ctx),
  pick: (data) => data[name],
});

const DASHBOARD = 'query ($id: ID!) { accountDashboard(customerId: $id) { SELECTION } }';
const KPIS = 'query ($id: ID!) { accountDashboard(customerId: $id) { kpis { SELECTION } } }';
const mineId = fixed((seed) => ({ id: seed.mine.customerId }));

/** How each object type is reached on am1's account. */
export const READ_PROBES: Record<string, ReadProbe> = {
  AcceptQuotePayload: mutationProbe('acceptQuote'),
  AccountDashboard: { query: DASHBOARD, prepare: mineId, pick: (d) => d.accountDashboard },
  AgeingBucket: {
    query: KPIS.replace('SELECTION', 'overdueAgeing { SELECTION }'),
    prepare: mineId,
    pick: (d) => get(d, 'accountDashboard', 'kpis', 'overdueAgeing', 0),
  },
  ApiToken: {
    query: '{ apiTokens { edges { node { SELECTION } } } }',
    prepare: fixed(() => ({})),
    pick: (d) => get(d, 'apiTokens', 'edges', 0, 'node'),
  },
  ApiTokenConnection: {
    query: '{ apiTokens { SELECTION } }',
    prepare: fixed(() => ({})),
    pick: (d) => d.apiTokens,
  },
  ApiTokenEdge: {
    query: '{ apiTokens { edges { SELECTION } } }',
    prepare: fixed(() => ({})),
    pick: (d) => get(d, 'apiTokens', 'edges', 0),
  },
  ApiTokenPayload: mutationProbe('createApiToken'),
  AuditEvent: {
    // The budget edit of the seeded project: a money change.
    query: 'query ($code: String!) { project(code: $code) { history { SELECTION } } }',
    prepare: fixed((seed) => ({ code: seed.mine.projectCode })),
    pick: (d) =>
      (get(d, 'project', 'history') as { field: string }[] | undefined)?.find(
        (event) => event.field === 'budget',
      ),
    extra: 'field',
  },
  BillingPlanPart: {
    query: 'query ($id: ID!) { salesOrder(id: $id) { billingPlan { SELECTION } } }',
    prepare: fixed((seed) => ({ id: seed.mine.orderId })),
    pick: (d) => get(d, 'salesOrder', 'billingPlan', 0),
  },
  CountAndAmounts: {
    query: KPIS.replace('SELECTION', 'overdueInvoices { SELECTION }'),
    prepare: mineId,
    pick: (d) => get(d, 'accountDashboard', 'kpis', 'overdueInvoices'),
  },
  Customer: {
    query: 'query ($code: String!) { customer(code: $code) { SELECTION } }',
    prepare: fixed((seed) => ({ code: seed.mine.customerCode })),
    pick: (d) => d.customer,
  },
  CustomerConnection: {
    query: '{ customers { SELECTION } }',
    prepare: fixed(() => ({})),
    pick: (d) => d.customers,
  },
  CustomerEdge: {
    query: '{ customers { edges { SELECTION } } }',
    prepare: fixed(() => ({})),
    pick: (d) => get(d, 'customers', 'edges', 0),
  },
  CustomerPayload: mutationProbe('updateCustomer'),
  DirectoryEntry: {
    query: '{ accountDirectory { edges { node { SELECTION } } } }',
    prepare: fixed(() => ({})),
    pick: (d) => get(d, 'accountDirectory', 'edges', 0, 'node'),
  },
  DirectoryEntryConnection: {
    query: '{ accountDirectory { SELECTION } }',
    prepare: fixed(() => ({})),
    pick: (d) => d.accountDirectory,
  },
  DirectoryEntryEdge: {
    query: '{ accountDirectory { edges { SELECTION } } }',
    prepare: fixed(() => ({})),
    pick: (d) => get(d, 'accountDirectory', 'edges', 0),
  },
  Invoice: {
    // The re-issued one: it has a plan part and a reissueOf.
    query: 'query ($id: ID!) { invoice(id: $id) { SELECTION } }',
    prepare: fixed((seed) => ({ id: seed.mine.reissuedInvoiceId })),
    pick: (d) => d.invoice,
  },
  InvoicePayload: mutationProbe('sendInvoice'),
  Kpis: {
    query: KPIS,
    prepare: mineId,
    pick: (d) => get(d, 'accountDashboard', 'kpis'),
  },
  LoginPayload: mutationProbe('login'),
  Money: {
    query: KPIS.replace('SELECTION', 'revenue { SELECTION }'),
    prepare: mineId,
    pick: (d) => get(d, 'accountDashboard', 'kpis', 'revenue', 0),
  },
  PageInfo: {
    query: '{ customers { pageInfo { SELECTION } } }',
    prepare: fixed(() => ({})),
    pick: (d) => get(d, 'customers', 'pageInfo'),
  },
  PasswordLink: {
    query: MUTATION_ATTEMPTS.createPasswordLink!.call.replace(
      'SELECTION',
      'passwordLink { SELECTION }',
    ),
    prepare: (ctx) => MUTATION_ATTEMPTS.createPasswordLink!.prepare(ctx),
    pick: (d) => get(d, 'createPasswordLink', 'passwordLink'),
  },
  PortfolioDashboard: {
    query: 'query ($id: ID) { portfolioDashboard(accountManagerId: $id) { SELECTION } }',
    prepare: fixed((seed) => ({ id: seed.am1.id })),
    pick: (d) => d.portfolioDashboard,
  },
  Project: {
    query: 'query ($code: String!) { project(code: $code) { SELECTION } }',
    prepare: fixed((seed) => ({ code: seed.mine.projectCode })),
    pick: (d) => d.project,
  },
  ProjectPayload: mutationProbe('updateProjectDeadline'),
  Quote: {
    query: 'query ($id: ID!) { quote(id: $id) { SELECTION } }',
    prepare: fixed((seed) => ({ id: seed.mine.acceptedQuoteId })),
    pick: (d) => d.quote,
  },
  QuotePayload: mutationProbe('declineQuote'),
  ReassignAccountsPayload: mutationProbe('reassignAccounts'),
  Ratio: {
    query: KPIS.replace('SELECTION', 'onTimeDelivery { SELECTION }'),
    prepare: mineId,
    pick: (d) => get(d, 'accountDashboard', 'kpis', 'onTimeDelivery'),
  },
  SalesOrder: {
    query: 'query ($id: ID!) { salesOrder(id: $id) { SELECTION } }',
    prepare: fixed((seed) => ({ id: seed.mine.orderId })),
    pick: (d) => d.salesOrder,
  },
  SalesOrderPayload: mutationProbe('updateSalesOrderProgress'),
  UserConnection: {
    query: '{ users { SELECTION } }',
    prepare: fixed(() => ({})),
    pick: (d) => d.users,
  },
  UserEdge: {
    query: '{ users { edges { SELECTION } } }',
    prepare: fixed(() => ({})),
    pick: (d) => get(d, 'users', 'edges', 0),
  },
  UserPayload: mutationProbe('createUser'),
  User: { query: '{ viewer { SELECTION } }', prepare: fixed(() => ({})), pick: (d) => d.viewer },
  ViewerAccess: {
    query: '{ viewerAccess { SELECTION } }',
    prepare: fixed(() => ({})),
    pick: (d) => d.viewerAccess,
  },
};
