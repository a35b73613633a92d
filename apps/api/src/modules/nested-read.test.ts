import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../testing/chain';
import { startTestApp, type TestApp } from '../testing/test-app';

const ACCOUNT_TREE = `query ($code: String!) {
  customer(code: $code) {
    code accountManager { name } openAmount overdueAmount
    projects {
      code
      quotes { code status salesOrder { code } }
      salesOrders { code billedTotal unbilledTotal invoices { number amount isOverdue reissueOf { number } } }
    }
  }
}`;

describe('nested reads', () => {
  let app: TestApp;
  let token: string;
  let small: string;
  let large: string;

  beforeAll(async () => {
    app = await startTestApp();
    const am = await app.createUser('ACCOUNT_MANAGER');
    token = am.token;
    const chain = chainBuilder(app, token);

    const build = async (
      name: string,
      projects: number,
      quotesEach: number,
      invoicesEach: number,
    ) => {
      const customer = await chain.customer({ name, accountManagerId: am.id });
      for (let p = 0; p < projects; p += 1) {
        const project = await chain.project(customer.id, '2026-12-31', `Project ${p}`);
        for (let q = 0; q < quotesEach; q += 1) {
          const order = await chain.accept(
            (await chain.quote(project.id, '1000.00', '2026-12-01')).id,
          );
          for (let i = 0; i < invoicesEach; i += 1) {
            await chain.invoice(order.id, '100.00', '2026-07-01');
          }
        }
      }
      return customer.code;
    };
    small = await build('Small Account', 1, 1, 1);
    large = await build('Large Account', 5, 3, 4);
  });

  afterAll(async () => {
    await app.close();
  });

  const statementsFor = async (code: string) => {
    app.statements.length = 0;
    const result = await app.graphql(ACCOUNT_TREE, { code }, { token });
    expect(result.errors).toBeUndefined();
    return app.statements.length;
  };

  it('takes as many SQL statements for 60 invoices as for one', async () => {
    const forSmall = await statementsFor(small);
    const forLarge = await statementsFor(large);

    expect(forLarge).toBe(forSmall);
    // session, customer, manager, outstanding invoices, projects, quotes, orders, orders by quote, invoices, re-issued.
    expect(forSmall).toBeLessThanOrEqual(10);
  });
});
