import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { startTestApp, type TestApp } from '../../testing/test-app';

describe('mutation results a role may not read', () => {
  let app: TestApp;
  let salesToken: string;
  let quoteId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const am = await app.createUser('ACCOUNT_MANAGER');
    salesToken = (await app.createUser('SALES')).token;
    const chain = chainBuilder(app, am.token);
    const customer = await chain.customer({ name: 'PT Hasil Baca', accountManagerId: am.id });
    const project = await chain.project(customer.id, '2026-12-31');
    quoteId = (await chain.quote(project.id, '1000.00', '2026-07-01')).id;
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses a change whose answer asks for unreadable documents, and writes nothing', async () => {
    const result = await app.graphql(
      'mutation ($id: ID!) { acceptQuote(id: $id) { salesOrder { code } } }',
      { id: quoteId },
      { token: salesToken },
    );
    const [quote] = await app.database.sql`select status from quotes where id = ${quoteId}`;
    const orders = await app.database.sql`select id from sales_orders where quote_id = ${quoteId}`;

    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain('Nothing was changed');
    expect(quote!.status).toBe('ACTIVE');
    expect(orders).toHaveLength(0);
  });

  it('makes the same change when the answer asks only for what the role reads', async () => {
    const result = await app.graphql(
      'mutation ($id: ID!) { acceptQuote(id: $id) { quote { status } } }',
      { id: quoteId },
      { token: salesToken },
    );

    expect(result.data).toEqual({ acceptQuote: { quote: { status: 'ACCEPTED' } } });
  });
});
