import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestApp, type TestApp } from '../../testing/test-app';
import { seedAccounts, type Seed } from './seed';

const KPIS = `
  overdueInvoices { count amounts { amount currency } }
  overdueAgeing { fromDays toDays count amounts { amount currency } }
  revenue { amount currency }
  quoteConversion { numerator denominator }
  onTimeDelivery { numerator denominator }
`;

/** Nothing of a portfolio: what an account manager with no visible account shows. */
const NOTHING = {
  overdueInvoices: { count: 0, amounts: [] },
  overdueAgeing: [
    { fromDays: 1, toDays: 30, count: 0, amounts: [] },
    { fromDays: 31, toDays: 60, count: 0, amounts: [] },
    { fromDays: 61, toDays: 90, count: 0, amounts: [] },
    { fromDays: 91, toDays: null, count: 0, amounts: [] },
  ],
  revenue: [],
  quoteConversion: { numerator: 0, denominator: 0 },
  onTimeDelivery: { numerator: 0, denominator: 0 },
};

const idr = (amount: string) => ({ amount, currency: 'IDR' });

describe('what am1 sees of am2’s account', () => {
  let app: TestApp;
  let seed: Seed;
  let as: (query: string, variables?: Record<string, unknown>) => ReturnType<TestApp['graphql']>;

  beforeAll(async () => {
    app = await startTestApp();
    seed = await seedAccounts(app);
    as = (query, variables) => app.graphql(query, variables, { token: seed.am1.token });
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists and counts only am1’s own customer', async () => {
    const { data, errors } = await as('{ customers { totalCount edges { node { code } } } }');

    expect(errors).toBeUndefined();
    expect(data).toEqual({
      customers: { totalCount: 1, edges: [{ node: { code: seed.mine.customerCode } }] },
    });
  });

  it.each([
    ['customer by code', 'query ($v: String!) { customer(code: $v) { id } }', 'customerCode'],
    ['customer by id', 'query ($v: ID!) { customer(id: $v) { id } }', 'customerId'],
    ['project by code', 'query ($v: String!) { project(code: $v) { id } }', 'projectCode'],
    ['project by id', 'query ($v: ID!) { project(id: $v) { id } }', 'projectId'],
    ['quote', 'query ($v: ID!) { quote(id: $v) { id } }', 'acceptedQuoteId'],
    ['sales order', 'query ($v: ID!) { salesOrder(id: $v) { id } }', 'orderId'],
    ['invoice', 'query ($v: ID!) { invoice(id: $v) { id } }', 'overdueInvoiceId'],
  ] as const)('refuses the %s with FORBIDDEN and null', async (_, query, key) => {
    const result = await as(query, { v: seed.theirs[key] });

    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    expect(Object.values(result.data ?? {})).toEqual([null]);
  });

  it('shows am2’s account in the directory with its code, name and owner only', async () => {
    const { data, errors } = await as(
      '{ accountDirectory { totalCount edges { node { code name accountManager { id } } } } }',
    );

    expect(errors).toBeUndefined();
    expect(data).toEqual({
      accountDirectory: {
        totalCount: 2,
        edges: [
          {
            node: {
              code: seed.mine.customerCode,
              name: 'PT Arus Satu',
              accountManager: { id: seed.am1.id },
            },
          },
          {
            node: {
              code: seed.theirs.customerCode,
              name: 'CV Arus Dua',
              accountManager: { id: seed.am2.id },
            },
          },
        ],
      },
    });
  });

  it('refuses am2’s account dashboard with FORBIDDEN', async () => {
    const result = await as(
      `query ($id: ID!) { accountDashboard(customerId: $id) { customer { code } kpis { ${KPIS} } } }`,
      { id: seed.theirs.customerId },
    );

    expect(result.errors?.map((error) => error.extensions.code)).toContain('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('counts only am1’s account in the company figures', async () => {
    const query = `{ portfolioDashboard { accountManager { id } kpis { ${KPIS} } } }`;

    const forAm1 = await as(query);
    const forAdmin = await app.graphql(query, {}, { token: seed.admin.token });

    // am1's account: the 50M milestone due 06-10 is 5 days late; the 30M deposit was paid;
    // 1 accepted of 2 decided quotes; 1 project delivered, on time.
    expect(forAm1).toMatchObject({
      data: {
        portfolioDashboard: {
          accountManager: null,
          kpis: {
            overdueInvoices: { count: 1, amounts: [idr('50000000.00')] },
            overdueAgeing: [
              { fromDays: 1, toDays: 30, count: 1, amounts: [idr('50000000.00')] },
              { fromDays: 31, toDays: 60, count: 0, amounts: [] },
              { fromDays: 61, toDays: 90, count: 0, amounts: [] },
              { fromDays: 91, toDays: null, count: 0, amounts: [] },
            ],
            revenue: [idr('30000000.00')],
            quoteConversion: { numerator: 1, denominator: 2 },
            onTimeDelivery: { numerator: 1, denominator: 1 },
          },
        },
      },
    });
    // With am2's: their 15M due 05-01 (45 days late) and 10M paid; 1 accepted of 3 decided;
    // a project delivered 8 days late. Admin sees it, which shows that the seed has it.
    expect(forAdmin.data).toMatchObject({
      portfolioDashboard: {
        kpis: {
          overdueInvoices: { count: 2, amounts: [idr('65000000.00')] },
          revenue: [idr('40000000.00')],
          quoteConversion: { numerator: 2, denominator: 5 },
          onTimeDelivery: { numerator: 1, denominator: 2 },
        },
      },
    });
  });

  it('shows nothing of am2’s accounts in am2’s portfolio: zero counts and no amounts', async () => {
    // The API answers with an empty portfolio rather than FORBIDDEN. That fits the rule: the
    // figures count only accounts am1 may open, and the owner it names is in the directory.
    const result = await as(
      `query ($id: ID) { portfolioDashboard(accountManagerId: $id) { accountManager { id } kpis { ${KPIS} } } }`,
      { id: seed.am2.id },
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      portfolioDashboard: { accountManager: { id: seed.am2.id }, kpis: NOTHING },
    });
  });
});

const MONEY_FIELDS = [
  'openAmount',
  'overdueAmount',
  'budget',
  'deliveryCost',
  'total',
  'billedTotal',
  'unbilledTotal',
  'amount',
];

const HISTORY = 'history { field from to }';

const TREE = `{
  customers {
    edges { node {
      code openAmount overdueAmount ${HISTORY}
      projects {
        code budget deliveryCost ${HISTORY}
        salesOrders { code total billedTotal unbilledTotal billingPlan { amount } ${HISTORY} }
      }
    } }
  }
}`;

interface Found {
  path: string;
  value: unknown;
}

/** Every money field in a response, and every history event, with where it was found. */
function walk(value: unknown, path = '', money: Found[] = [], events: Found[] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, money, events));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('from' in record && 'field' in record) events.push({ path, value: record });
    for (const [key, child] of Object.entries(record)) {
      if (MONEY_FIELDS.includes(key)) money.push({ path: `${path}.${key}`, value: child });
      walk(child, `${path}.${key}`, money, events);
    }
  }
  return { money, events };
}

describe('what delivery sees of money', () => {
  let app: TestApp;
  let seed: Seed;

  beforeAll(async () => {
    app = await startTestApp();
    seed = await seedAccounts(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('reads every amount of every account as null, where admin reads them', async () => {
    const forDelivery = await app.graphql(TREE, {}, { token: seed.delivery.token });
    const forAdmin = await app.graphql(TREE, {}, { token: seed.admin.token });

    const seen = walk(forDelivery.data).money;
    const shown = seen.filter((found) => found.value !== null);

    expect(forDelivery.errors).toBeUndefined();
    expect(shown).toEqual([]);
    // The same paths hold amounts for admin: both accounts, their budgets, orders and plans.
    expect(seen.map((found) => found.path)).toEqual(
      walk(forAdmin.data).money.map((found) => found.path),
    );
    // Admin reads 15: open and overdue amounts of both accounts (4), the Website budget and
    // delivery cost (2), am1's order total, billed, unbilled and its 3 plan parts (6), and
    // am2's order total, billed and unbilled (3). The other projects have no budget.
    expect(walk(forAdmin.data).money.filter((found) => found.value !== null)).toHaveLength(15);
  });

  it('reads the from and to of money changes in history as null', async () => {
    const forDelivery = await app.graphql(TREE, {}, { token: seed.delivery.token });

    const moneyEvents = walk(forDelivery.data).events.filter((found) =>
      MONEY_FIELDS.includes((found.value as { field: string }).field),
    );

    // The seeded budget edit, 150M to 160M, is one of them.
    expect(moneyEvents.map((found) => found.value)).toContainEqual({
      field: 'budget',
      from: null,
      to: null,
    });
    expect(moneyEvents.filter((found) => JSON.stringify(found.value).match(/\d{4,}/))).toEqual([]);
  });

  it('reads the order’s amounts as null through the root lookup too', async () => {
    const result = await app.graphql(
      'query ($id: ID!) { salesOrder(id: $id) { total billedTotal unbilledTotal billingPlan { amount } } }',
      { id: seed.mine.orderId },
      { token: seed.delivery.token },
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      salesOrder: {
        total: null,
        billedTotal: null,
        unbilledTotal: null,
        billingPlan: [{ amount: null }, { amount: null }, { amount: null }],
      },
    });
  });

  it.each([
    'overdueInvoices { count amounts { amount } }',
    'overdueAgeing { amounts { amount } }',
    'revenue { amount }',
  ])('refuses the KPI %s with FORBIDDEN on account and company dashboards', async (kpi) => {
    const account = await app.graphql(
      `query ($id: ID!) { accountDashboard(customerId: $id) { kpis { ${kpi} } } }`,
      { id: seed.mine.customerId },
      { token: seed.delivery.token },
    );
    const company = await app.graphql(
      `{ portfolioDashboard { kpis { ${kpi} } } }`,
      {},
      { token: seed.delivery.token },
    );

    for (const result of [account, company]) {
      expect(result.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
      expect(result.data).toBeNull();
    }
  });
});

describe('a read-only API token of am1', () => {
  let app: TestApp;
  let seed: Seed;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    seed = await seedAccounts(app);
    const made = await app.graphql<{ createApiToken: { secret: string } }>(
      'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
      { input: { name: 'Metabase', ownerId: seed.am1.id, scope: [] } },
      { token: seed.admin.token },
    );
    token = made.data!.createApiToken.secret;
  });

  afterAll(async () => {
    await app.close();
  });

  it('reads am1’s account as am1 does', async () => {
    const result = await app.graphql(
      'query ($code: String!) { customer(code: $code) { code openAmount } }',
      { code: seed.mine.customerCode },
      { token },
    );

    expect(result.data).toEqual({
      customer: { code: seed.mine.customerCode, openAmount: '50000000.00' },
    });
  });

  it('refuses am2’s account with FORBIDDEN, as for am1', async () => {
    const result = await app.graphql(
      'query ($code: String!) { customer(code: $code) { code } }',
      { code: seed.theirs.customerCode },
      { token },
    );

    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    expect(result.data).toEqual({ customer: null });
  });

  it.each([
    [
      'createQuote',
      'mutation ($v: ID!) { createQuote(input: { projectId: $v, total: "1000.00", validUntil: "2026-07-31" }) { quote { id } } }',
      'projectId',
    ],
    ['acceptQuote', 'mutation ($v: ID!) { acceptQuote(id: $v) { quote { id } } }', 'activeQuoteId'],
    [
      'updateSalesOrderProgress',
      'mutation ($v: ID!) { updateSalesOrderProgress(input: { salesOrderId: $v, progress: 60 }) { salesOrder { id } } }',
      'orderId',
    ],
    [
      'sendInvoice',
      'mutation ($v: ID!) { sendInvoice(id: $v) { invoice { id } } }',
      'reissuedInvoiceId',
    ],
  ] as const)('refuses %s with FORBIDDEN and writes nothing', async (_, mutation, key) => {
    const count = () =>
      app.database.sql`select (select count(*) from quotes)::int as quotes,
        (select count(*) from audit_events)::int as events,
        (select count(*) from sales_orders)::int as orders`;
    const before = await count();

    const result = await app.graphql(mutation, { v: seed.mine[key] }, { token });

    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    expect(await count()).toEqual(before);
  });
});
