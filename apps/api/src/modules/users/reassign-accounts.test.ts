import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const REASSIGN = `mutation ($input: ReassignAccountsInput!) {
  reassignAccounts(input: $input) { customers { id code accountManager { id } } }
}`;

type Moved = { reassignAccounts: { customers: { id: string; accountManager: { id: string } }[] } };

describe('reassignAccounts', () => {
  let app: TestApp;
  let admin: { id: string; token: string };
  let customerCount = 0;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.createUser('ADMIN');
  });

  afterAll(async () => {
    await app.close();
  });

  async function accountsOf(managerId: string, count: number) {
    const chain = chainBuilder(app, admin.token);
    const accounts = [];
    for (let i = 0; i < count; i += 1) {
      customerCount += 1;
      accounts.push(
        await chain.customer({ name: `Toko ${customerCount}`, accountManagerId: managerId }),
      );
    }
    return accounts;
  }

  async function ownerOf(customerId: string): Promise<string> {
    const [row] = await app.database.sql`
      select account_manager_id from customers where id = ${customerId}`;
    return row!.account_manager_id as string;
  }

  it('moves only the named accounts and records each move in its history', async () => {
    const [from, to] = await Promise.all([
      app.createUser('ACCOUNT_MANAGER'),
      app.createUser('ACCOUNT_MANAGER'),
    ]);
    const [a, b, c] = await accountsOf(from.id, 3);

    const result = await app.graphql<Moved>(
      REASSIGN,
      { input: { fromUserId: from.id, toUserId: to.id, customerIds: [a!.id, c!.id] } },
      { token: admin.token },
    );
    const audit = await app.database.sql`
      select customer_id, field, from_value, to_value, actor_id, actor_token_id
      from audit_events where action = 'UPDATED' and field = 'accountManagerId'
        and customer_id in (${a!.id}, ${b!.id}, ${c!.id})
      order by sequence`;

    expect(result.data!.reassignAccounts.customers).toEqual([
      { id: a!.id, code: a!.code, accountManager: { id: to.id } },
      { id: c!.id, code: c!.code, accountManager: { id: to.id } },
    ]);
    expect(await ownerOf(b!.id)).toBe(from.id);
    expect(audit).toEqual([
      {
        customer_id: a!.id,
        field: 'accountManagerId',
        from_value: from.id,
        to_value: to.id,
        actor_id: admin.id,
        actor_token_id: null,
      },
      {
        customer_id: c!.id,
        field: 'accountManagerId',
        from_value: from.id,
        to_value: to.id,
        actor_id: admin.id,
        actor_token_id: null,
      },
    ]);
  });

  it('moves all accounts of the owner when none are named', async () => {
    const [from, to, other] = await Promise.all([
      app.createUser('ACCOUNT_MANAGER'),
      app.createUser('ADMIN'),
      app.createUser('ACCOUNT_MANAGER'),
    ]);
    const [a, b] = await accountsOf(from.id, 2);
    const [untouched] = await accountsOf(other.id, 1);

    const result = await app.graphql<Moved>(
      REASSIGN,
      { input: { fromUserId: from.id, toUserId: to.id } },
      { token: admin.token },
    );

    expect(result.data!.reassignAccounts.customers.map((customer) => customer.id)).toEqual([
      a!.id,
      b!.id,
    ]);
    expect(await ownerOf(untouched!.id)).toBe(other.id);
  });

  it('refuses an account of another owner, and moves nothing', async () => {
    const [from, to, other] = await Promise.all([
      app.createUser('ACCOUNT_MANAGER'),
      app.createUser('ACCOUNT_MANAGER'),
      app.createUser('ACCOUNT_MANAGER'),
    ]);
    const [mine] = await accountsOf(from.id, 1);
    const [theirs] = await accountsOf(other.id, 1);

    const result = await app.graphql(
      REASSIGN,
      { input: { fromUserId: from.id, toUserId: to.id, customerIds: [mine!.id, theirs!.id] } },
      { token: admin.token },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'input.customerIds',
    });
    expect(result.errors?.[0]?.message).toContain(theirs!.code);
    expect(await ownerOf(mine!.id)).toBe(from.id);
  });

  it('refuses a new owner who may not own accounts', async () => {
    const from = await app.createUser('ACCOUNT_MANAGER');
    const sales = await app.createUser('SALES');
    const gone = await app.createUser('ACCOUNT_MANAGER');
    await app.database.sql`update users set is_active = false where id = ${gone.id}`;
    await accountsOf(from.id, 1);

    const toSales = await app.graphql(
      REASSIGN,
      { input: { fromUserId: from.id, toUserId: sales.id } },
      { token: admin.token },
    );
    const toInactive = await app.graphql(
      REASSIGN,
      { input: { fromUserId: from.id, toUserId: gone.id } },
      { token: admin.token },
    );

    for (const result of [toSales, toInactive]) {
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        field: 'input.toUserId',
      });
    }
  });

  it('refuses an account manager with FORBIDDEN', async () => {
    const manager = await app.createUser('ACCOUNT_MANAGER');
    const other = await app.createUser('ACCOUNT_MANAGER');

    const result = await app.graphql(
      REASSIGN,
      { input: { fromUserId: other.id, toUserId: manager.id } },
      { token: manager.token },
    );

    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
