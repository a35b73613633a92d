import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TEST_PASSWORD, deactivateUser, startTestApp, type TestApp } from '../../testing/test-app';

const VIEWER = '{ viewer { email role } }';
const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { email role } } }';

describe('authentication', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses a request without a session with UNAUTHENTICATED', async () => {
    const result = await app.graphql('{ customers { totalCount } }');

    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown token with UNAUTHENTICATED', async () => {
    const result = await app.graphql(VIEWER, {}, { token: 'made-up' });

    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    const user = await app.createUser('FINANCE');

    const wrong = await app.graphql(LOGIN, { email: user.email, password: 'nope' });
    const unknown = await app.graphql(LOGIN, { email: 'nobody@test.arus', password: 'nope' });

    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('signs in with a bearer token and with the httpOnly cookie', async () => {
    const user = await app.createUser('SALES');

    const login = await app.graphql<{ login: { token: string } }>(LOGIN, {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    const cookie = login.headers.get('set-cookie') ?? '';
    const byToken = await app.graphql(VIEWER, {}, { token: login.data!.login.token });
    const byCookie = await app.graphql(VIEWER, {}, { cookie: cookie.split(';')[0] });

    expect(cookie).toMatch(/^arus_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(byToken.data).toEqual({ viewer: { email: user.email, role: 'SALES' } });
    expect(byCookie.data).toEqual({ viewer: { email: user.email, role: 'SALES' } });
  });

  it('stores only a hash of the token', async () => {
    const user = await app.createUser('ADMIN');

    const rows = await app.database.sql`select token_hash from sessions`;

    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.token_hash)).not.toContain(user.token);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash as string))).toBe(true);
  });

  it('ends the session on logout', async () => {
    const user = await app.createUser('DELIVERY');

    const out = await app.graphql('mutation { logout }', {}, { token: user.token });
    const after = await app.graphql(VIEWER, {}, { token: user.token });

    expect(out.data).toEqual({ logout: true });
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stops a deactivated user at once', async () => {
    const user = await app.createUser('ACCOUNT_MANAGER');

    await deactivateUser(app, user.id);
    const after = await app.graphql(VIEWER, {}, { token: user.token });

    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('expires a session after 30 days', async () => {
    const user = await app.createUser('FINANCE');
    const start = app.clock.now();

    app.clock.set(new Date(start.getTime() + 29 * 86_400_000));
    const before = await app.graphql(VIEWER, {}, { token: user.token });
    app.clock.set(new Date(start.getTime() + 30 * 86_400_000 + 1000));
    const after = await app.graphql(VIEWER, {}, { token: user.token });
    app.clock.set(start);

    expect(before.data).toEqual({ viewer: { email: user.email, role: 'FINANCE' } });
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an id that this API never handed out', async () => {
    const user = await app.createUser('ADMIN');

    const result = await app.graphql(
      '{ customer(id: "not-a-uuid") { code } }',
      {},
      { token: user.token },
    );

    expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).not.toMatch(/uuid|syntax|postgres/i);
  });
});
