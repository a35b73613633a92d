import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    apiToken { id name scope expiresAt lastUsedAt revokedAt isActive owner { id } }
    secret
  }
}`;
const REVOKE = `mutation ($id: ID!) {
  revokeApiToken(id: $id) { apiToken { id revokedAt isActive } secret }
}`;
const VIEWER = '{ viewer { email } }';
const CUSTOMERS = '{ customers { totalCount edges { node { id } } } }';
const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) {
  createProject(input: $input) { project { id } }
}`;

interface TokenData {
  id: string;
  name: string;
  scope: string[];
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  isActive: boolean;
  owner: { id: string };
}

describe('API tokens', () => {
  let app: TestApp;
  let admin: { id: string; token: string };
  let manager: { id: string; token: string };
  let otherManager: { id: string; token: string };
  let own: { id: string; code: string };
  let others: { id: string; code: string };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.createUser('ADMIN');
    manager = await app.createUser('ACCOUNT_MANAGER');
    otherManager = await app.createUser('ACCOUNT_MANAGER');
    const chain = chainBuilder(app, admin.token);
    own = await chain.customer({ name: 'Kopi Kita', accountManagerId: manager.id });
    others = await chain.customer({ name: 'Roti Enak', accountManagerId: otherManager.id });
  });

  afterAll(async () => {
    await app.close();
  });

  async function createToken(input: Record<string, unknown>) {
    return app.graphql<{ createApiToken: { apiToken: TokenData; secret: string } }>(
      CREATE_TOKEN,
      { input: { name: 'Metabase', ...input } },
      { token: admin.token },
    );
  }

  async function tokenFor(ownerId: string, input: Record<string, unknown> = {}) {
    const result = await createToken({ ownerId, ...input });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createApiToken;
  }

  it('shows the secret once and keeps only its hash', async () => {
    const { apiToken, secret } = await tokenFor(manager.id, { expiresOn: '2026-09-01' });

    const list = await app.graphql<{
      apiTokens: { edges: { node: { id: string } }[] };
    }>(
      '{ apiTokens { edges { node { id name scope owner { email } } } } }',
      {},
      {
        token: admin.token,
      },
    );
    const [row] = await app.database.sql`
      select token_hash from api_tokens where id = ${apiToken.id}`;

    expect(secret).toMatch(/^arus_[\w-]{43}$/);
    expect(apiToken).toMatchObject({
      name: 'Metabase',
      scope: [],
      isActive: true,
      lastUsedAt: null,
      revokedAt: null,
      owner: { id: manager.id },
      // The company's day (Asia/Jakarta, UTC+7) begins at 17:00 UTC the day before.
      expiresAt: '2026-08-31T17:00:00.000Z',
    });
    expect(list.data!.apiTokens.edges[0]!.node.id).toBe(apiToken.id);
    expect(JSON.stringify(list.data)).not.toContain(secret);
    expect(row!.token_hash).not.toBe(secret);
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads only the owner's accounts through an account manager's token", async () => {
    const { secret } = await tokenFor(manager.id);

    const list = await app.graphql<{
      customers: { totalCount: number; edges: { node: { id: string } }[] };
    }>(CUSTOMERS, {}, { token: secret });
    const foreign = await app.graphql(
      'query ($id: ID!) { customer(id: $id) { code } }',
      { id: others.id },
      { token: secret },
    );

    expect(list.data!.customers.totalCount).toBe(1);
    expect(list.data!.customers.edges[0]!.node.id).toBe(own.id);
    expect(foreign.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses every change to a read-only token with FORBIDDEN', async () => {
    const { secret } = await tokenFor(manager.id);

    const result = await app.graphql(
      CREATE_PROJECT,
      { input: { customerId: own.id, name: 'Kiosk', deadline: '2026-09-30' } },
      { token: secret },
    );

    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/This API token may not/);
  });

  it('makes the changes its scope allows, audited as the owner through the token', async () => {
    const { apiToken, secret } = await tokenFor(manager.id, { scope: ['PROJECTS'] });

    const project = await app.graphql<{ createProject: { project: { id: string } } }>(
      CREATE_PROJECT,
      { input: { customerId: own.id, name: 'Loyalty app', deadline: '2026-10-31' } },
      { token: secret },
    );
    const quote = await app.graphql(
      'mutation ($input: CreateQuoteInput!) { createQuote(input: $input) { quote { id } } }',
      {
        input: {
          projectId: project.data!.createProject.project.id,
          total: '1000000.00',
          validUntil: '2026-07-31',
        },
      },
      { token: secret },
    );
    const audit = await app.database.sql`
      select actor_id, actor_token_id from audit_events
      where entity_id = ${project.data!.createProject.project.id} and action = 'CREATED'`;

    const history = await app.graphql<{
      project: { history: { action: string; actor: { id: string }; apiToken: string }[] };
    }>(
      'query ($id: ID!) { project(id: $id) { history { action actor { id } apiToken } } }',
      { id: project.data!.createProject.project.id },
      { token: manager.token },
    );

    expect(project.errors).toBeUndefined();
    expect(quote.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(audit).toEqual([{ actor_id: manager.id, actor_token_id: apiToken.id }]);
    expect(history.data?.project.history).toEqual([
      { action: 'CREATED', actor: { id: manager.id }, apiToken: apiToken.name },
    ]);
  });

  it("refuses a scope right the owner's role lacks with VALIDATION on input.scope", async () => {
    const sales = await app.createUser('SALES');

    const result = await createToken({ ownerId: sales.id, scope: ['QUOTES', 'INVOICES'] });

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'input.scope',
    });
    expect(result.errors?.[0]?.message).toMatch(/SALES lacks INVOICES/);
  });

  it('refuses an expiry day that is not after today or more than a year ahead', async () => {
    const today = await createToken({ ownerId: manager.id, expiresOn: '2026-06-15' });
    const tooLate = await createToken({ ownerId: manager.id, expiresOn: '2027-06-16' });
    const lastAllowed = await createToken({ ownerId: manager.id, expiresOn: '2027-06-15' });

    for (const result of [today, tooLate]) {
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        field: 'input.expiresOn',
      });
    }
    expect(lastAllowed.errors).toBeUndefined();
  });

  it('stops working when its expiry day begins', async () => {
    const { secret } = await tokenFor(manager.id, { expiresOn: '2026-06-20' });
    const start = app.clock.now();

    app.clock.set('2026-06-19T16:59:59Z');
    const before = await app.graphql(VIEWER, {}, { token: secret });
    app.clock.set('2026-06-19T17:00:00Z');
    const after = await app.graphql(VIEWER, {}, { token: secret });
    app.clock.set(start);

    expect(before.errors).toBeUndefined();
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stops working at once when revoked', async () => {
    const { apiToken, secret } = await tokenFor(manager.id);

    const revoked = await app.graphql(REVOKE, { id: apiToken.id }, { token: admin.token });
    const after = await app.graphql(VIEWER, {}, { token: secret });

    expect(revoked.data).toEqual({
      revokeApiToken: {
        apiToken: { id: apiToken.id, revokedAt: '2026-06-15T03:00:00.000Z', isActive: false },
        secret: null,
      },
    });
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('records when it was last used', async () => {
    const { apiToken, secret } = await tokenFor(manager.id);
    const start = app.clock.now();

    app.clock.set('2026-06-16T08:30:00Z');
    await app.graphql(VIEWER, {}, { token: secret });
    app.clock.set(start);
    const [row] = await app.database.sql`
      select last_used_at from api_tokens where id = ${apiToken.id}`;

    expect(new Date(row!.last_used_at as string).toISOString()).toBe('2026-06-16T08:30:00.000Z');
  });

  it('refuses token administration to an account manager with FORBIDDEN', async () => {
    const list = await app.graphql('{ apiTokens { totalCount } }', {}, { token: manager.token });
    const create = await app.graphql(
      CREATE_TOKEN,
      { input: { name: 'Mine', ownerId: manager.id } },
      { token: manager.token },
    );

    expect(list.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(create.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('pages through tokens newest first', async () => {
    const start = app.clock.now();
    app.clock.set('2026-06-15T05:00:00Z');
    const older = await tokenFor(manager.id);
    app.clock.set('2026-06-15T06:00:00Z');
    const newer = await tokenFor(manager.id);
    app.clock.set(start);

    const first = await app.graphql<{
      apiTokens: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } };
    }>(
      '{ apiTokens(first: 1) { edges { node { id } } pageInfo { endCursor } } }',
      {},
      {
        token: admin.token,
      },
    );
    const second = await app.graphql<typeof first.data>(
      'query ($after: String) { apiTokens(first: 1, after: $after) { edges { node { id } } pageInfo { endCursor } } }',
      { after: first.data!.apiTokens.pageInfo.endCursor },
      { token: admin.token },
    );

    expect(second.errors).toBeUndefined();
    expect(first.data!.apiTokens.edges[0]!.node.id).toBe(newer.apiToken.id);
    expect(second.data!.apiTokens.edges[0]!.node.id).toBe(older.apiToken.id);
  });

  it('revokes itself when it signs out', async () => {
    const { secret } = await tokenFor(manager.id);

    const out = await app.graphql('mutation { logout }', {}, { token: secret });
    const after = await app.graphql('{ viewer { id } }', {}, { token: secret });

    expect(out.data).toEqual({ logout: true });
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
