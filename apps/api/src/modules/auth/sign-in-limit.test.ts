import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

describe('the sign-in limit', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  const login = (email: string, password: string) => app.graphql(LOGIN, { email, password });

  async function failTimes(email: string, times: number) {
    for (let i = 0; i < times; i += 1) await login(email, 'wrong password');
  }

  it('refuses the right password for 15 minutes after 5 failures for one e-mail', async () => {
    const user = await app.createUser('SALES');
    const start = app.clock.now();
    await failTimes(user.email.toUpperCase(), 5);

    const refused = await login(user.email, TEST_PASSWORD);
    app.clock.set(new Date(start.getTime() + 14 * 60_000));
    const stillRefused = await login(user.email, TEST_PASSWORD);
    app.clock.set(new Date(start.getTime() + 15 * 60_000 + 1000));
    const allowed = await login(user.email, TEST_PASSWORD);
    app.clock.set(start);

    expect(refused.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/wait 15 minutes/);
    expect(stillRefused.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(allowed.errors).toBeUndefined();
  });

  it('starts counting again after a successful sign-in', async () => {
    const user = await app.createUser('FINANCE');
    await failTimes(user.email, 4);

    const success = await login(user.email, TEST_PASSWORD);
    await failTimes(user.email, 4);
    const afterFourMore = await login(user.email, TEST_PASSWORD);

    expect(success.errors).toBeUndefined();
    expect(afterFourMore.errors).toBeUndefined();
  });

  it('limits one e-mail without locking out the others', async () => {
    const [locked, other] = await Promise.all([
      app.createUser('DELIVERY'),
      app.createUser('DELIVERY'),
    ]);
    await failTimes(locked.email, 5);

    const result = await login(other.email, TEST_PASSWORD);

    expect(result.errors).toBeUndefined();
  });

  it('counts parallel guesses one after the other: only 5 are checked', async () => {
    const user = await app.createUser('FINANCE');

    const results = await Promise.all(
      Array.from({ length: 20 }, () => login(user.email, 'wrong password')),
    );
    const codes = results.map((result) => result.errors?.[0]?.extensions.code);

    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(15);
  });
});
