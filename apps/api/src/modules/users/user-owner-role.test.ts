import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const UPDATE_USER =
  'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { role } } }';

describe('changing the role of an account owner', () => {
  let app: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    app = await startTestApp();
    adminToken = (await app.createUser('ADMIN')).token;
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses a role that cannot own accounts while the user still owns some', async () => {
    const owner = await app.createUser('ACCOUNT_MANAGER');
    await chainBuilder(app, owner.token).customer({
      name: 'PT Pemilik',
      accountManagerId: owner.id,
    });

    const result = await app.graphql(
      UPDATE_USER,
      { input: { userId: owner.id, role: 'FINANCE' } },
      { token: adminToken },
    );
    const [user] = await app.database.sql`select role from users where id = ${owner.id}`;

    expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toContain('owns 1 account');
    expect(user!.role).toBe('ACCOUNT_MANAGER');
  });

  it('changes the role of an account manager who owns no account', async () => {
    const free = await app.createUser('ACCOUNT_MANAGER');

    const result = await app.graphql(
      UPDATE_USER,
      { input: { userId: free.id, role: 'SALES' } },
      { token: adminToken },
    );

    expect(result.data).toEqual({ updateUser: { user: { role: 'SALES' } } });
  });
});
