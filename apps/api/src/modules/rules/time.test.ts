import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chainBuilder } from '../../testing/chain';
import { TestClock, startTestApp } from '../../testing/test-app';
import { expireQuotes } from '../quotes/quote-expiry.service';

const ACCEPT = 'mutation ($id: ID!) { acceptQuote(id: $id) { quote { status decidedOn } } }';
const DECLINE = 'mutation ($id: ID!) { declineQuote(id: $id) { quote { status } } }';
const OVERDUE = 'query ($id: ID!) { invoice(id: $id) { status dueDate isOverdue } }';

/** Before any of the dates below: quotes and invoices are set up at this instant. */
const SETUP_INSTANT = '2026-03-20T03:00:00Z';

async function startWorld(clock: TestClock) {
  const app = await startTestApp({ clock });
  const am = await app.createUser('ACCOUNT_MANAGER');
  const chain = chainBuilder(app, am.token);
  let accounts = 0;
  const account = async (timeZone: string) => {
    accounts += 1;
    const customer = await chain.customer({
      name: `Zone Account ${accounts}`,
      accountManagerId: am.id,
      currency: 'USD',
      timeZone,
    });
    const project = await chain.project(customer.id, '2026-12-31');
    return project.id;
  };
  return { app, chain, token: am.token, account };
}

describe('a quote valid until a day', () => {
  const clock = new TestClock(new Date(SETUP_INSTANT));
  let world: Awaited<ReturnType<typeof startWorld>>;

  beforeAll(async () => {
    world = await startWorld(clock);
  });

  afterAll(async () => {
    await world.app.close();
  });

  const counts = async () =>
    world.app.database.sql`select
      (select count(*)::int from sales_orders) as orders,
      (select count(*)::int from audit_events) as audits`;
  const storedStatus = async (id: string) =>
    (await world.app.database.sql`select status, decided_on from quotes where id = ${id}`)[0];

  it.each([
    // Jakarta is UTC+7 all year: 23:59 on 2026-03-31 there is 16:59 UTC that day, and its
    // 2026-04-01 starts at 17:00 UTC.
    ['Asia/Jakarta', '2026-03-31T16:59:00Z', '2026-03-31T17:00:00Z'],
    // Los Angeles keeps daylight time (UTC−7) from 2026-03-08: 23:59 on 2026-03-31 there is
    // 23:59 + 7 h = 06:59 UTC on 2026-04-01, and its 2026-04-01 starts at 07:00 UTC.
    ['America/Los_Angeles', '2026-04-01T06:59:00Z', '2026-04-01T07:00:00Z'],
  ])(
    'in %s is accepted at 23:59 of that day and refused a minute later, writing nothing',
    async (timeZone, lastMinute, nextDay) => {
      clock.set(SETUP_INSTANT);
      const projectId = await world.account(timeZone);
      const first = await world.chain.quote(projectId, '1000.00', '2026-03-31');
      const second = await world.chain.quote(projectId, '1000.00', '2026-03-31');

      clock.set(lastMinute);
      const accepted = await world.app.graphql(ACCEPT, { id: first.id }, { token: world.token });
      clock.set(nextDay);
      const before = await counts();
      const refused = await world.app.graphql(ACCEPT, { id: second.id }, { token: world.token });
      const after = await counts();

      expect(accepted.errors).toBeUndefined();
      expect(accepted.data).toEqual({
        acceptQuote: { quote: { status: 'ACCEPTED', decidedOn: '2026-03-31' } },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'QUOTE_EXPIRED',
        validUntil: '2026-03-31',
      });
      expect(after).toEqual(before);
      expect(await storedStatus(second.id)).toEqual({ status: 'ACTIVE', decided_on: null });
    },
  );
});

describe('the quote expiry sweep', () => {
  // Sessions last 30 days: every instant this suite moves to stays within them.
  const clock = new TestClock(new Date('2026-04-20T03:00:00Z'));
  let world: Awaited<ReturnType<typeof startWorld>>;

  beforeAll(async () => {
    world = await startWorld(clock);
  });

  afterAll(async () => {
    await world.app.close();
  });

  const stored = async (id: string) =>
    (
      await world.app.database.sql`
      select status, decided_on::text as decided_on, version from quotes where id = ${id}`
    )[0];
  const expiryTrail = async (id: string) =>
    world.app.database.sql`
      select action, from_value, to_value, actor_id from audit_events
      where entity_id = ${id} and action = 'STATUS_CHANGED'`;

  it('stores EXPIRED only on active quotes past their day in their own zone, once', async () => {
    const jakarta = await world.account('Asia/Jakarta');
    const losAngeles = await world.account('America/Los_Angeles');
    const pastInJakarta = await world.chain.quote(jakarta, '100.00', '2026-04-30');
    const longPast = await world.chain.quote(jakarta, '100.00', '2026-04-29');
    const stillValidInLosAngeles = await world.chain.quote(losAngeles, '100.00', '2026-04-30');
    const draft = await world.chain.quote(jakarta, '100.00', '2026-04-30', true);
    const accepted = await world.chain.quote(jakarta, '100.00', '2026-04-30');
    await world.chain.accept(accepted.id);
    const declined = await world.chain.quote(jakarta, '100.00', '2026-04-30');
    await world.chain.call(DECLINE, { id: declined.id });
    const untouched = [draft, accepted, declined];
    const untouchedBefore = await Promise.all(untouched.map((quote) => stored(quote.id)));

    // 18:00 UTC on 2026-04-30: 01:00 on 2026-05-01 in Jakarta (UTC+7), 11:00 on 2026-04-30 in
    // Los Angeles (UTC−7).
    clock.set('2026-04-30T18:00:00Z');
    const firstRun = await expireQuotes(world.app.database.db, clock);
    const secondRun = await expireQuotes(world.app.database.db, clock);

    expect(firstRun).toBe(2);
    expect(secondRun).toBe(0);
    expect(await stored(pastInJakarta.id)).toMatchObject({
      status: 'EXPIRED',
      decided_on: '2026-05-01',
    });
    expect(await stored(longPast.id)).toMatchObject({
      status: 'EXPIRED',
      decided_on: '2026-04-30',
    });
    expect(await stored(stillValidInLosAngeles.id)).toMatchObject({
      status: 'ACTIVE',
      decided_on: null,
    });
    expect(await Promise.all(untouched.map((quote) => stored(quote.id)))).toEqual(untouchedBefore);
    for (const quote of [pastInJakarta, longPast]) {
      expect(await expiryTrail(quote.id)).toEqual([
        { action: 'STATUS_CHANGED', from_value: 'ACTIVE', to_value: 'EXPIRED', actor_id: null },
      ]);
    }
    expect(await expiryTrail(stillValidInLosAngeles.id)).toEqual([]);
  });

  it('expires the western quote once its own day is over', async () => {
    const losAngeles = await world.account('America/Los_Angeles');
    clock.set('2026-04-30T18:00:00Z');
    const quote = await world.chain.quote(losAngeles, '100.00', '2026-04-30');

    // 07:00 UTC on 2026-05-01 is 00:00 on 2026-05-01 in Los Angeles (UTC−7).
    clock.set('2026-05-01T06:59:00Z');
    const atLastMinute = await expireQuotes(world.app.database.db, clock);
    const afterLastMinute = await stored(quote.id);
    clock.set('2026-05-01T07:00:00Z');
    await expireQuotes(world.app.database.db, clock);

    expect(afterLastMinute).toMatchObject({ status: 'ACTIVE', decided_on: null });
    expect(await stored(quote.id)).toMatchObject({ status: 'EXPIRED', decided_on: '2026-05-01' });
    // At 23:59 in Los Angeles no quote left ACTIVE in this database is past its day yet.
    expect(atLastMinute).toBe(0);
  });
});

describe('an overdue invoice', () => {
  const clock = new TestClock(new Date('2026-06-01T03:00:00Z'));
  let world: Awaited<ReturnType<typeof startWorld>>;

  beforeAll(async () => {
    world = await startWorld(clock);
  });

  afterAll(async () => {
    await world.app.close();
  });

  async function invoiceDue(timeZone: string, dueDate: string, send = true) {
    // 1 June in every zone of these tests (05:00 in Los Angeles, 19:00 in Jakarta): the invoice
    // is issued on that day, not after it.
    clock.set('2026-06-01T12:00:00Z');
    const projectId = await world.account(timeZone);
    const quote = await world.chain.quote(projectId, '1000.00', '2026-06-30');
    const order = await world.chain.accept(quote.id);
    const invoice = await world.chain.invoice(order.id, '100.00', dueDate, '2026-06-01');
    if (send) await world.chain.move('sendInvoice', invoice.id);
    return invoice.id;
  }

  const isOverdueAt = async (id: string, instant: string) => {
    clock.set(instant);
    const result = await world.app.graphql<{ invoice: { isOverdue: boolean } }>(
      OVERDUE,
      { id },
      { token: world.token },
    );
    return result.data!.invoice.isOverdue;
  };

  it.each([
    // Jakarta (UTC+7): 2026-06-15 ends at 16:59:59 UTC; 17:00 UTC is 00:00 on the 16th.
    ['Asia/Jakarta', '2026-06-15T16:59:00Z', '2026-06-15T17:00:00Z'],
    // Los Angeles (UTC−7 in June): 23:59 on the 15th is 06:59 UTC on the 16th.
    ['America/Los_Angeles', '2026-06-16T06:59:00Z', '2026-06-16T07:00:00Z'],
  ])(
    'in %s is not overdue on its due day and is overdue from the next',
    async (timeZone, lastMinute, nextDay) => {
      const id = await invoiceDue(timeZone, '2026-06-15');

      const onDueDay = await isOverdueAt(id, lastMinute);
      const dayAfter = await isOverdueAt(id, nextDay);

      expect(onDueDay).toBe(false);
      expect(dayAfter).toBe(true);
    },
  );

  it('is never a GENERATED invoice, however late', async () => {
    const id = await invoiceDue('Asia/Jakarta', '2026-06-15', false);

    const late = await isOverdueAt(id, '2026-06-30T03:00:00Z');

    expect(late).toBe(false);
  });
});
