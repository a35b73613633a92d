import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestApp, type TestApp } from '../../testing/test-app';

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { user { id email } passwordLink { url } }
}`;
const RESET = 'mutation ($id: ID!) { createPasswordLink(userId: $id) { passwordLink { url } } }';
const SET_PASSWORD = `mutation ($token: String!, $password: String!) {
  setPassword(token: $token, password: $password) { token user { email role isActive } }
}`;
const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const VIEWER = '{ viewer { email } }';
const NEW_PASSWORD = 'kopi susu tanpa gula';

const secretOf = (url: string) => url.slice(url.indexOf('#token=') + '#token='.length);

describe('password links', () => {
  let app: TestApp;
  let admin: { token: string };
  let invited = 0;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.createUser('ADMIN');
  });

  afterAll(async () => {
    await app.close();
  });

  async function invite(role = 'SALES') {
    invited += 1;
    const result = await app.graphql<{
      createUser: { user: { id: string; email: string }; passwordLink: { url: string } };
    }>(
      CREATE_USER,
      { input: { email: `invited-${invited}@test.arus`, name: `Invited ${invited}`, role } },
      { token: admin.token },
    );
    const { user, passwordLink } = result.data!.createUser;
    return { ...user, secret: secretOf(passwordLink.url) };
  }

  async function resetLink(userId: string): Promise<string> {
    const result = await app.graphql<{ createPasswordLink: { passwordLink: { url: string } } }>(
      RESET,
      { id: userId },
      { token: admin.token },
    );
    return secretOf(result.data!.createPasswordLink.passwordLink.url);
  }

  const setPassword = (token: string, password = NEW_PASSWORD) =>
    app.graphql<{ setPassword: { token: string; user: { email: string } } }>(SET_PASSWORD, {
      token,
      password,
    });

  it('lets an invited user set a password without being signed in, and signs them in', async () => {
    const user = await invite('FINANCE');

    const result = await setPassword(user.secret);
    const session = await app.graphql(VIEWER, {}, { token: result.data!.setPassword.token });
    const login = await app.graphql(LOGIN, { email: user.email, password: NEW_PASSWORD });

    expect(result.data!.setPassword.user).toEqual({
      email: user.email,
      role: 'FINANCE',
      isActive: true,
    });
    expect(result.headers.get('set-cookie')).toMatch(/^arus_session=[^;]+;.*HttpOnly/i);
    expect(session.data).toEqual({ viewer: { email: user.email } });
    expect(login.errors).toBeUndefined();
  });

  it('keeps no invited user able to sign in before the link is used', async () => {
    const user = await invite();

    const login = await app.graphql(LOGIN, { email: user.email, password: '' });

    expect(login.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stores only a hash of the link secret', async () => {
    const user = await invite();

    const rows = await app.database.sql`
      select token_hash from password_links where user_id = ${user.id}`;

    expect(rows.map((row) => row.token_hash)).not.toContain(user.secret);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a password shorter than 12 characters and leaves the link usable', async () => {
    const user = await invite();

    const short = await setPassword(user.secret, 'eleven char');
    const after = await setPassword(user.secret);

    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'password' });
    expect(after.errors).toBeUndefined();
  });

  it('refuses a link used already with VALIDATION on token', async () => {
    const user = await invite();
    await setPassword(user.secret);

    const again = await setPassword(user.secret, 'another long password');

    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'token' });
    expect(again.errors?.[0]?.message).toMatch(/used already or expired; ask an admin/);
  });

  it('refuses an unknown link with VALIDATION on token', async () => {
    const result = await setPassword('not-a-link-anyone-made');

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'token' });
  });

  it('refuses a link after its seven days', async () => {
    const user = await invite();
    const start = app.clock.now();

    app.clock.set(new Date(start.getTime() + 7 * 86_400_000 + 1000));
    const result = await setPassword(user.secret);
    app.clock.set(start);

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'token' });
  });

  it('ends the earlier unused links of a user when a new one is made', async () => {
    const user = await invite();

    const reset = await resetLink(user.id);
    const old = await setPassword(user.secret);
    const current = await setPassword(reset);

    expect(old.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'token' });
    expect(current.errors).toBeUndefined();
  });

  it("ends the user's other sessions when the password is set", async () => {
    const user = await app.createUser('DELIVERY');
    const link = await resetLink(user.id);

    const result = await setPassword(link);
    const oldSession = await app.graphql(VIEWER, {}, { token: user.token });
    const newSession = await app.graphql(VIEWER, {}, { token: result.data!.setPassword.token });

    expect(oldSession.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(newSession.data).toEqual({ viewer: { email: user.email } });
  });

  it('lets only one of two requests with the same link through', async () => {
    const user = await invite();

    const results = await Promise.all([
      setPassword(user.secret, 'first long password'),
      setPassword(user.secret, 'second long password'),
    ]);

    expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
    expect(results.find((result) => result.errors)?.errors?.[0]?.extensions.field).toBe('token');
  });

  it('refuses the link of a user deactivated since it was made', async () => {
    const user = await invite();
    await app.graphql(
      'mutation ($id: ID!) { deactivateUser(id: $id) { user { id } } }',
      { id: user.id },
      { token: admin.token },
    );

    const result = await setPassword(user.secret);

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'token' });
  });
});
