import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestApp, type TestApp } from '../../testing/test-app';

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { user { id email name role isActive } passwordLink { url expiresAt } }
}`;
const UPDATE_USER = `mutation ($input: UpdateUserInput!) {
  updateUser(input: $input) { user { id name role } passwordLink { url } }
}`;
const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(id: $id) { user { id isActive } } }';
const REACTIVATE = 'mutation ($id: ID!) { reactivateUser(id: $id) { user { id isActive } } }';
const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { apiToken { id } secret }
}`;
const VIEWER = '{ viewer { email } }';

type UserData = { id: string; email: string; name: string; role: string; isActive: boolean };

describe('user administration', () => {
  let app: TestApp;
  let admin: { id: string; token: string };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.createUser('ADMIN');
  });

  afterAll(async () => {
    await app.close();
  });

  it.each(['ACCOUNT_MANAGER', 'SALES', 'DELIVERY', 'FINANCE'] as const)(
    'refuses user administration to %s with FORBIDDEN',
    async (role) => {
      const viewer = await app.createUser(role);
      const other = await app.createUser('SALES');
      const auth = { token: viewer.token };

      const results = await Promise.all([
        app.graphql('{ users { totalCount } }', {}, auth),
        app.graphql('{ apiTokens { totalCount } }', {}, auth),
        app.graphql(
          CREATE_USER,
          { input: { email: `new-${role}@test.arus`, name: 'New', role: 'ADMIN' } },
          auth,
        ),
        app.graphql(UPDATE_USER, { input: { userId: viewer.id, role: 'ADMIN' } }, auth),
        app.graphql(DEACTIVATE, { id: other.id }, auth),
        app.graphql(
          'mutation ($id: ID!) { createPasswordLink(userId: $id) { user { id } } }',
          { id: other.id },
          auth,
        ),
      ]);

      expect(results.map((result) => result.errors?.[0]?.extensions.code)).toEqual(
        Array(results.length).fill('FORBIDDEN'),
      );
      expect(results[2]!.errors?.[0]?.message).toMatch(/USERS right/);
    },
  );

  it('invites a user with a one-time link on the origin the request came to', async () => {
    const result = await app.graphql<{
      createUser: { user: UserData; passwordLink: { url: string; expiresAt: string } };
    }>(
      CREATE_USER,
      { input: { email: ' Rina@Test.arus ', name: 'Rina', role: 'ACCOUNT_MANAGER' } },
      { token: admin.token },
    );

    const { user, passwordLink } = result.data!.createUser;
    expect(user).toMatchObject({ email: 'Rina@Test.arus', name: 'Rina', isActive: true });
    expect(passwordLink.url).toMatch(
      new RegExp(`^${app.url.replace(/[.]/g, '\\.')}/set-password#token=[\\w-]{43}$`),
    );
    expect(passwordLink.expiresAt).toBe('2026-06-22T03:00:00.000Z');
  });

  it('refuses a second user with the same e-mail in another letter case as DUPLICATE', async () => {
    const first = await app.graphql<{ createUser: { user: UserData } }>(
      CREATE_USER,
      { input: { email: 'budi@test.arus', name: 'Budi', role: 'SALES' } },
      { token: admin.token },
    );

    const second = await app.graphql(
      CREATE_USER,
      { input: { email: 'BUDI@test.arus', name: 'Budi again', role: 'SALES' } },
      { token: admin.token },
    );

    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'DUPLICATE',
      existingId: first.data!.createUser.user.id,
    });
  });

  it('refuses an e-mail that is not one with VALIDATION on input.email', async () => {
    const result = await app.graphql(
      CREATE_USER,
      { input: { email: 'not-an-email', name: 'X', role: 'SALES' } },
      { token: admin.token },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'input.email',
    });
  });

  it('renames a user and changes their role', async () => {
    const user = await app.createUser('SALES');

    const result = await app.graphql(
      UPDATE_USER,
      { input: { userId: user.id, name: 'Sari Dewi', role: 'FINANCE' } },
      { token: admin.token },
    );
    const access = await app.graphql('{ viewerAccess { writes } }', {}, { token: user.token });

    expect(result.data).toEqual({
      updateUser: {
        user: { id: user.id, name: 'Sari Dewi', role: 'FINANCE' },
        passwordLink: null,
      },
    });
    expect(access.data).toEqual({ viewerAccess: { writes: ['INVOICES'] } });
  });

  it('lists active users, and deactivated ones only when asked', async () => {
    const user = await app.createUser('DELIVERY');
    await app.graphql(DEACTIVATE, { id: user.id }, { token: admin.token });
    const query = `query ($all: Boolean) {
      users(first: 100, includeInactive: $all) { totalCount edges { node { id isActive } } }
    }`;

    const active = await app.graphql<{
      users: { totalCount: number; edges: { node: UserData }[] };
    }>(query, {}, { token: admin.token });
    const all = await app.graphql<typeof active.data>(query, { all: true }, { token: admin.token });

    const ids = (page: typeof active.data) => page!.users.edges.map((edge) => edge.node.id);
    expect(ids(active.data)).not.toContain(user.id);
    expect(ids(all.data)).toContain(user.id);
    expect(all.data!.users.totalCount).toBe(active.data!.users.totalCount + 1);
    expect(all.data!.users.edges.find((edge) => edge.node.id === user.id)?.node.isActive).toBe(
      false,
    );
  });

  it('pages through users by e-mail', async () => {
    const first = await app.graphql<{
      users: { edges: { node: UserData }[]; pageInfo: { endCursor: string } };
    }>(
      '{ users(first: 2) { edges { node { email } } pageInfo { endCursor } } }',
      {},
      {
        token: admin.token,
      },
    );
    const next = await app.graphql<typeof first.data>(
      'query ($after: String) { users(first: 2, after: $after) { edges { node { email } } pageInfo { endCursor } } }',
      { after: first.data!.users.pageInfo.endCursor },
      { token: admin.token },
    );

    const emails = [...first.data!.users.edges, ...next.data!.users.edges].map((e) =>
      e.node.email.toLowerCase(),
    );
    expect(emails).toEqual([...emails].sort());
    expect(new Set(emails).size).toBe(4);
  });

  it('lists active account managers and admins by name to any signed-in viewer', async () => {
    const manager = await app.createUser('ACCOUNT_MANAGER');
    const gone = await app.createUser('ACCOUNT_MANAGER');
    const delivery = await app.createUser('DELIVERY');
    await app.graphql(DEACTIVATE, { id: gone.id }, { token: admin.token });

    const result = await app.graphql<{ accountManagers: UserData[] }>(
      '{ accountManagers { id name role } }',
      {},
      { token: delivery.token },
    );

    const managers = result.data!.accountManagers;
    expect(managers.map((user) => user.id)).toContain(manager.id);
    expect(managers.map((user) => user.id)).toContain(admin.id);
    expect(managers.map((user) => user.id)).not.toContain(gone.id);
    expect(managers.every((user) => ['ACCOUNT_MANAGER', 'ADMIN'].includes(user.role))).toBe(true);
    expect(managers.map((user) => user.name)).toEqual(
      [...managers.map((user) => user.name)].sort(),
    );
  });

  it('stops the sessions and tokens of a deactivated user at once', async () => {
    const user = await app.createUser('ACCOUNT_MANAGER');
    const token = await app.graphql<{ createApiToken: { secret: string } }>(
      CREATE_TOKEN,
      { input: { name: 'BI', ownerId: user.id } },
      { token: admin.token },
    );
    const secret = token.data!.createApiToken.secret;

    const result = await app.graphql(DEACTIVATE, { id: user.id }, { token: admin.token });
    const bySession = await app.graphql(VIEWER, {}, { token: user.token });
    const byToken = await app.graphql(VIEWER, {}, { token: secret });

    expect(result.data).toEqual({ deactivateUser: { user: { id: user.id, isActive: false } } });
    expect(bySession.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(byToken.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('revives tokens but not sessions when a user is reactivated', async () => {
    const user = await app.createUser('FINANCE');
    const token = await app.graphql<{ createApiToken: { secret: string } }>(
      CREATE_TOKEN,
      { input: { name: 'Sheets', ownerId: user.id } },
      { token: admin.token },
    );
    await app.graphql(DEACTIVATE, { id: user.id }, { token: admin.token });

    const result = await app.graphql(REACTIVATE, { id: user.id }, { token: admin.token });
    const bySession = await app.graphql(VIEWER, {}, { token: user.token });
    const byToken = await app.graphql(VIEWER, {}, { token: token.data!.createApiToken.secret });

    expect(result.data).toEqual({ reactivateUser: { user: { id: user.id, isActive: true } } });
    expect(bySession.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(byToken.data).toEqual({ viewer: { email: user.email } });
  });

  it('refuses to deactivate yourself with CONFLICT', async () => {
    const result = await app.graphql(DEACTIVATE, { id: admin.id }, { token: admin.token });

    expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toMatch(/yourself/);
  });

  it('answers NOT_FOUND for a user that does not exist', async () => {
    const result = await app.graphql(
      DEACTIVATE,
      { id: '00000000-0000-4000-8000-000000000000' },
      { token: admin.token },
    );

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('the last active admin', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('cannot be demoted until another admin is active', async () => {
    const admin = await app.createUser('ADMIN');
    const other = await app.createUser('ADMIN');
    await app.graphql(DEACTIVATE, { id: other.id }, { token: admin.token });

    const demote = await app.graphql(
      UPDATE_USER,
      { input: { userId: admin.id, role: 'SALES' } },
      { token: admin.token },
    );
    await app.graphql(REACTIVATE, { id: other.id }, { token: admin.token });
    const demoteNow = await app.graphql(
      UPDATE_USER,
      { input: { userId: admin.id, role: 'SALES' } },
      { token: admin.token },
    );

    expect(demote.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(demote.errors?.[0]?.message).toMatch(/last active admin/);
    expect(demoteNow.data).toMatchObject({ updateUser: { user: { role: 'SALES' } } });
  });

  it('keeps one admin when two admins demote each other at the same moment', async () => {
    const [a, b] = await Promise.all([app.createUser('ADMIN'), app.createUser('ADMIN')]);
    const admins = await app.database.sql`
      select id from users where role = 'ADMIN' and is_active and id not in (${a.id}, ${b.id})`;
    for (const row of admins) {
      await app.database.sql`update users set role = 'SALES' where id = ${row.id as string}`;
    }

    const results = await Promise.all([
      app.graphql(UPDATE_USER, { input: { userId: b.id, role: 'SALES' } }, { token: a.token }),
      app.graphql(UPDATE_USER, { input: { userId: a.id, role: 'SALES' } }, { token: b.token }),
    ]);
    const [left] = await app.database.sql`
      select count(*)::int as count from users where role = 'ADMIN' and is_active`;

    expect(results.filter((result) => result.errors).length).toBe(1);
    expect(left!.count).toBe(1);
  });
});
