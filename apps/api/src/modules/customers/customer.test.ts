import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestApp, type TestApp } from '../../testing/test-app';

const CREATE = `mutation ($input: CreateCustomerInput!) {
  createCustomer(input: $input) { customer { id code name currency timeZone accountManager { email } } }
}`;

describe('customers', () => {
  let app: TestApp;
  let admin: { id: string; token: string };
  let am1: { id: string; email: string; token: string };
  let am2: { id: string; email: string; token: string };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.createUser('ADMIN');
    am1 = await app.createUser('ACCOUNT_MANAGER');
    am2 = await app.createUser('ACCOUNT_MANAGER');
  });

  afterAll(async () => {
    await app.close();
  });

  const create = (token: string, input: Record<string, unknown>) =>
    app.graphql<{ createCustomer: { customer: { id: string; code: string } } }>(
      CREATE,
      { input },
      { token },
    );

  const countCustomers = async () =>
    Number((await app.database.sql`select count(*) as n from customers`)[0]!.n);

  it('creates a customer with the next code and its owner', async () => {
    const result = await create(admin.token, {
      name: 'PT Sinar Harapan Digital',
      currency: 'IDR',
      timeZone: 'Asia/Jakarta',
      accountManagerId: am1.id,
      taxId: '01.234.567.8-901.000',
      email: 'finance@sinarharapan.example',
    });

    expect(result.errors).toBeUndefined();
    expect(result.data?.createCustomer.customer).toMatchObject({
      code: 'CUS-000001',
      name: 'PT Sinar Harapan Digital',
      currency: 'IDR',
      timeZone: 'Asia/Jakarta',
      accountManager: { email: am1.email },
    });
  });

  it('refuses the same tax id typed differently with DUPLICATE, writing nothing', async () => {
    const before = await countCustomers();

    const result = await create(admin.token, {
      name: 'Sinar Harapan',
      currency: 'IDR',
      timeZone: 'Asia/Jakarta',
      accountManagerId: am2.id,
      taxId: '012345678901000',
    });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE' });
    expect(result.errors?.[0]?.message).toContain('CUS-000001');
    expect(result.errors?.[0]?.extensions.existingId).toEqual(expect.any(String));
    expect(await countCustomers()).toBe(before);
  });

  it('refuses the same normalised name with the same e-mail domain', async () => {
    const result = await create(admin.token, {
      name: 'sinar harapan digital, PT.',
      currency: 'IDR',
      timeZone: 'Asia/Jakarta',
      accountManagerId: am1.id,
      email: 'ops@SinarHarapan.example',
    });

    expect(result.errors?.[0]?.extensions.code).toBe('DUPLICATE');
  });

  it('lets one of two concurrent creations of the same company through', async () => {
    const input = {
      name: 'Kopi Kenangan Nusantara',
      currency: 'IDR',
      timeZone: 'Asia/Jakarta',
      accountManagerId: am1.id,
      taxId: '99.888.777.6-555.444',
    };

    const results = await Promise.all([create(admin.token, input), create(admin.token, input)]);

    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['DUPLICATE', 'OK']);
  });

  it.each([
    ['currency', { currency: 'XYZ' }, 'input.currency'],
    ['time zone', { timeZone: 'Mars/Olympus' }, 'input.timeZone'],
    ['e-mail', { email: 'not-an-email' }, 'input.email'],
    ['name', { name: '   ' }, 'input.name'],
  ])('refuses a bad %s with VALIDATION on its field', async (_what, change, field) => {
    const before = await countCustomers();

    const result = await create(admin.token, {
      name: 'Valid Name Co',
      currency: 'USD',
      timeZone: 'Asia/Singapore',
      accountManagerId: am1.id,
      ...change,
    });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field });
    expect(await countCustomers()).toBe(before);
  });

  it('pages through customers by code with a total count', async () => {
    for (const name of ['Alpha Studio', 'Beta Labs', 'Gamma Works']) {
      await create(admin.token, {
        name,
        currency: 'USD',
        timeZone: 'UTC',
        accountManagerId: am2.id,
      });
    }
    const query = `query ($after: String) {
      customers(first: 2, after: $after) {
        totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor }
      }
    }`;
    type Page = {
      customers: {
        totalCount: number;
        edges: { node: { code: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };

    const first = await app.graphql<Page>(query, {}, { token: admin.token });
    const second = await app.graphql<Page>(
      query,
      { after: first.data!.customers.pageInfo.endCursor },
      { token: admin.token },
    );

    expect(first.data!.customers.totalCount).toBe(5);
    expect(first.data!.customers.edges.map((e) => e.node.code)).toEqual([
      'CUS-000001',
      'CUS-000002',
    ]);
    expect(first.data!.customers.pageInfo.hasNextPage).toBe(true);
    expect(second.data!.customers.edges.map((e) => e.node.code)).toEqual([
      'CUS-000003',
      'CUS-000004',
    ]);
  });

  it('refuses first above 100 with VALIDATION', async () => {
    const result = await app.graphql(
      '{ customers(first: 101) { totalCount } }',
      {},
      { token: admin.token },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'first' });
  });

  it("shows an account manager only their own accounts and forbids another's", async () => {
    const mine = await app.graphql<{
      customers: { totalCount: number; edges: { node: { code: string } }[] };
    }>('{ customers { totalCount edges { node { code } } } }', {}, { token: am1.token });
    const other = await app.graphql(
      '{ customer(code: "CUS-000003") { name } }',
      {},
      { token: am1.token },
    );

    expect(mine.data!.customers.totalCount).toBe(2);
    expect(mine.data!.customers.edges.map((e) => e.node.code)).toEqual([
      'CUS-000001',
      'CUS-000002',
    ]);
    expect(other.data).toEqual({ customer: null });
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an account manager creating an account for someone else', async () => {
    const result = await create(am1.token, {
      name: 'Delta Consulting',
      currency: 'USD',
      timeZone: 'UTC',
      accountManagerId: am2.id,
    });

    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
