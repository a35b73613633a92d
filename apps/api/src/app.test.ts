import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestApp, type TestApp } from './testing/test-app';

describe('the HTTP server', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = (await app.createUser('ADMIN')).token;
  });

  afterAll(async () => {
    await app.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('answers a body that is not JSON with a GraphQL error and no stack trace', async () => {
    const response = await post('this is not json');
    const text = await response.text();

    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      errors: [
        { message: 'The request body is not valid JSON.', extensions: { code: 'VALIDATION' } },
      ],
    });
    expect(text).not.toMatch(/node_modules|at /);
  });

  it('refuses a body over 1 MB with 413 and a GraphQL error', async () => {
    const response = await post(
      JSON.stringify({ query: `{ viewer { name } } #${'x'.repeat(1_100_000)}` }),
    );

    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'VALIDATION' } }],
    });
  });

  it('refuses more than 20 top-level fields in one request', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: viewer { name }`).join(' ');

    const result = await app.graphql(`{ ${aliases} }`, {}, { token });

    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(result.errors?.[0]?.message).toContain('at most 20');
  });

  it('refuses a selection of more than 1000 fields', async () => {
    const fields = Array.from({ length: 1001 }, (_, i) => `f${i}: name`).join(' ');

    const result = await app.graphql(`{ viewer { ${fields} } }`, {}, { token });

    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(result.errors?.[0]?.message).toContain('more than 1000 fields');
  });

  it('refuses a query nested deeper than 12 fields (this one: 13)', async () => {
    const deep =
      '{ customers { edges { node { projects { customer { projects { customer { projects { quotes { project { customer { projects { code } } } } } } } } } } } } }';

    const result = await app.graphql(deep, {}, { token });

    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION');
    expect(result.errors?.[0]?.message).toContain('at most 12');
  });

  it('takes the bearer scheme in any case', async () => {
    const response = await post(JSON.stringify({ query: '{ viewer { role } }' }), {
      authorization: `bearer ${token}`,
    });

    expect(await response.json()).toEqual({ data: { viewer: { role: 'ADMIN' } } });
  });
});
