import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { normaliseCustomerName } from '@arus/domain';

import { nextCode } from '../counters';
import { customers, invoices, projects, quotes, salesOrders, users } from '../schema';
import { createTestDatabase, type TestDatabase } from '../testing';
import { hasDemoData, seedDemoData, type DemoSummary } from './index';

const TODAY = '2026-06-15';
const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ZGVtby1zYWx0$ZGVtby1oYXNo';

describe('seedDemoData', () => {
  let database: TestDatabase;
  let summary: DemoSummary;

  beforeAll(async () => {
    database = await createTestDatabase();
    summary = await seedDemoData(database.db, { today: TODAY, passwordHash: PASSWORD_HASH });
  });

  afterAll(async () => {
    await database.drop();
  });

  async function countOf(query: string): Promise<number> {
    const [row] = await database.sql.unsafe<{ count: string }[]>(query);
    return Number(row?.count);
  }

  it('writes 40 customers, 120 projects, 300 quotes and 400 invoices at scale 1', async () => {
    const counts = {
      users: await countOf('select count(*) from users'),
      customers: await countOf('select count(*) from customers'),
      projects: await countOf('select count(*) from projects'),
      quotes: await countOf('select count(*) from quotes'),
      salesOrders: await countOf('select count(*) from sales_orders'),
      invoices: await countOf('select count(*) from invoices'),
    };

    expect(counts).toEqual(summary);
    expect(summary).toMatchObject({
      users: 6,
      customers: 40,
      projects: 120,
      quotes: 300,
      invoices: 400,
    });
  });

  it('gives every accepted quote exactly one sales order and no other quote any', async () => {
    const accepted = await countOf(`select count(*) from quotes where status = 'ACCEPTED'`);
    const ordersOfAccepted = await countOf(
      `select count(*) from sales_orders o join quotes q on q.id = o.quote_id
       where q.status = 'ACCEPTED'`,
    );

    expect(ordersOfAccepted).toBe(accepted);
    expect(summary.salesOrders).toBe(accepted);
  });

  it('uses every quote, order and invoice status', async () => {
    const statuses = async (table: string) =>
      (
        await database.sql.unsafe<{ status: string }[]>(
          `select distinct status from ${table} order by status`,
        )
      ).map((row) => row.status);

    expect(await statuses('quotes')).toEqual([
      'ACCEPTED',
      'ACTIVE',
      'DECLINED',
      'DRAFT',
      'EXPIRED',
    ]);
    expect(await statuses('sales_orders')).toEqual([
      'CANCELLED',
      'FULFILLED',
      'IN_PROGRESS',
      'OPEN',
    ]);
    expect(await statuses('invoices')).toEqual([
      'COMPLETED',
      'GENERATED',
      'PROCESSING',
      'REJECTED',
      'SENT',
      'VOIDED',
    ]);
  });

  it('never bills an order above its total', async () => {
    const overbilled = await countOf(
      `select count(*) from sales_orders o
       where o.total < (select coalesce(sum(i.amount), 0) from invoices i
                        where i.sales_order_id = o.id and i.status not in ('REJECTED', 'VOIDED'))`,
    );
    const partlyBilled = await countOf(
      `select count(*) from sales_orders o
       where (select coalesce(sum(i.amount), 0) from invoices i
              where i.sales_order_id = o.id and i.status not in ('REJECTED', 'VOIDED'))
             between 0.01 and o.total - 0.01`,
    );

    expect(overbilled).toBe(0);
    expect(partlyBilled).toBeGreaterThan(0);
  });

  it('keeps every quote status true on today', async () => {
    const broken = await countOf(
      `select count(*) from quotes where
         (status = 'ACTIVE' and valid_until < '${TODAY}')
      or (status = 'EXPIRED' and (valid_until >= '${TODAY}' or decided_on <> valid_until + 1))
      or (status in ('ACCEPTED', 'DECLINED') and (decided_on is null or decided_on > '${TODAY}'))
      or (status in ('ACTIVE', 'DRAFT') and decided_on is not null)`,
    );

    expect(broken).toBe(0);
  });

  it('copies the customer and its currency down the chain', async () => {
    const broken = await countOf(
      `select count(*) from invoices i
       join sales_orders o on o.id = i.sales_order_id
       join quotes q on q.id = o.quote_id
       join projects p on p.id = q.project_id
       join customers c on c.id = p.customer_id
       where i.customer_id <> o.customer_id or i.currency <> o.currency
          or o.customer_id <> q.customer_id or o.currency <> q.currency or o.total <> q.total
          or o.project_id <> q.project_id or q.customer_id <> c.id or q.currency <> c.currency`,
    );

    expect(broken).toBe(0);
  });

  it('keeps open orders on their project deadline and fulfilled ones at 100%', async () => {
    const broken = await countOf(
      `select count(*) from sales_orders o join projects p on p.id = o.project_id
       where (o.status in ('OPEN', 'IN_PROGRESS') and o.deadline <> p.deadline)
          or (o.status = 'FULFILLED' and o.progress <> 100)
          or (o.status = 'OPEN' and o.progress <> 0)`,
    );

    expect(broken).toBe(0);
  });

  it('dates invoices in the last 18 months, some overdue and some corrected', async () => {
    const outside = await countOf(
      `select count(*) from invoices
       where issue_date > '${TODAY}' or issue_date < date '${TODAY}' - interval '18 months'
          or completed_on > '${TODAY}' or completed_on < issue_date`,
    );
    const overdue = await countOf(
      `select count(*) from invoices
       where status in ('SENT', 'PROCESSING') and due_date < '${TODAY}'`,
    );
    const reissued = await countOf(
      `select count(*) from invoices i join invoices r on r.id = i.reissue_of_id
       where r.status = 'REJECTED' and r.rejection_reason is not null and r.number < i.number`,
    );

    expect(outside).toBe(0);
    expect(overdue).toBeGreaterThan(10);
    expect(reissued).toBeGreaterThan(0);
  });

  it('keeps customer identities normalised and unique', async () => {
    const [row] = await database.sql<{ names: string; domains: string; taxIds: string }[]>`
      select count(distinct name_key) as names, count(distinct email_domain) as domains,
             count(distinct tax_id_key) as "taxIds"
      from customers`;
    const misnamed = await database.db
      .select({ name: customers.name, nameKey: customers.nameKey })
      .from(customers);
    const withTaxId = await countOf('select count(*) from customers where tax_id is not null');
    const withEmail = await countOf('select count(*) from customers where email is not null');

    expect(misnamed.filter((c) => c.nameKey !== normaliseCustomerName(c.name))).toEqual([]);
    expect(Number(row?.names)).toBe(40);
    expect(Number(row?.taxIds)).toBe(withTaxId);
    expect(Number(row?.domains)).toBe(withEmail);
  });

  it('describes the showcase account exactly as documented', async () => {
    const [customer] = await database.db
      .select()
      .from(customers)
      .where(eq(customers.code, 'CUS-000001'));
    const [owner] = await database.db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, customer?.accountManagerId ?? ''));
    const [project] = await database.db
      .select()
      .from(projects)
      .where(eq(projects.code, 'PRJ-2026-0001'));
    const quoteRows = await database.db
      .select({
        code: quotes.code,
        status: quotes.status,
        total: quotes.total,
        validUntil: quotes.validUntil,
        decidedOn: quotes.decidedOn,
      })
      .from(quotes)
      .where(eq(quotes.projectId, project?.id ?? ''))
      .orderBy(asc(quotes.code));
    const [order] = await database.db
      .select()
      .from(salesOrders)
      .where(eq(salesOrders.code, 'SO-2026-00001'));
    const invoiceRows = await database.db
      .select({
        number: invoices.number,
        status: invoices.status,
        amount: invoices.amount,
        issueDate: invoices.issueDate,
        dueDate: invoices.dueDate,
        completedOn: invoices.completedOn,
      })
      .from(invoices)
      .where(eq(invoices.salesOrderId, order?.id ?? ''))
      .orderBy(asc(invoices.number));

    expect(customer).toMatchObject({
      name: 'PT Nusantara Digital Kreatif',
      currency: 'IDR',
      timeZone: 'Asia/Jakarta',
      taxIdKey: '012345678901000',
    });
    expect(owner?.email).toBe('am1@demo.arus');
    expect(project).toMatchObject({
      customerId: customer?.id,
      name: 'Website redesign',
      deadline: '2026-07-15',
      deliveredOn: null,
      budget: '150000000.0000',
    });
    expect(quoteRows).toEqual([
      {
        code: 'QUO-2026-00001',
        status: 'ACCEPTED',
        total: '150000000.0000',
        validUntil: '2026-05-06',
        decidedOn: '2026-04-16',
      },
      {
        code: 'QUO-2026-00002',
        status: 'DECLINED',
        total: '40000000.0000',
        validUntil: '2026-06-15',
        decidedOn: '2026-05-26',
      },
    ]);
    expect(order).toMatchObject({
      quoteId: expect.any(String),
      status: 'IN_PROGRESS',
      total: '150000000.0000',
      deadline: '2026-07-15',
      progress: 60,
    });
    expect(invoiceRows).toEqual([
      {
        number: 'INV-2026-00001',
        status: 'COMPLETED',
        amount: '45000000.0000',
        issueDate: '2026-04-18',
        dueDate: '2026-05-18',
        completedOn: '2026-05-11',
      },
      {
        number: 'INV-2026-00002',
        status: 'SENT',
        amount: '60000000.0000',
        issueDate: '2026-05-06',
        dueDate: '2026-06-05',
        completedOn: null,
      },
    ]);
  });

  it("numbers a showcase row dated last year in last year's series", async () => {
    const early = await createTestDatabase();
    await seedDemoData(early.db, { today: '2026-02-01', passwordHash: 'x' });

    const codes = await early.sql`
      select (select code from customers where name = 'PT Nusantara Digital Kreatif') as customer,
             (select code from projects where name = 'Website redesign'
                and customer_id = (select id from customers where code = 'CUS-000001')) as project,
             (select array_agg(code order by total desc) from quotes
                where customer_id = (select id from customers where code = 'CUS-000001')) as quotes`;
    await early.drop();

    // Seeded on 1 February, the project (T-75) and the accepted quote (T-70) fall in 2025; the
    // declined quote (T-30) in 2026.
    expect(codes[0]).toEqual({
      customer: 'CUS-000001',
      project: 'PRJ-2025-0001',
      quotes: ['QUO-2025-00001', 'QUO-2026-00001'],
    });
  });

  it('leaves the code counters where the API carries on', async () => {
    const [last] = await database.sql<{ sequence: number }[]>`
      select max(substr(number, 10)::int) as sequence from invoices where number like 'INV-2026-%'`;
    const drawn: string[] = [];

    await database.db
      .transaction(async (tx) => {
        drawn.push(await nextCode(tx, 'CUSTOMER', 2026), await nextCode(tx, 'INVOICE', 2026));
        tx.rollback();
      })
      .catch(() => undefined);

    expect(drawn).toEqual([
      'CUS-000041',
      `INV-2026-${String((last?.sequence ?? 0) + 1).padStart(5, '0')}`,
    ]);
  });

  it('gives the same rows, ids included, for the same today in another database', async () => {
    const other = await createTestDatabase();
    try {
      expect(await hasDemoData(other.db)).toBe(false);

      await seedDemoData(other.db, { today: TODAY, passwordHash: PASSWORD_HASH });

      expect(await hasDemoData(other.db)).toBe(true);
      expect(await dump(other)).toEqual(await dump(database));
    } finally {
      await other.drop();
    }
  });
});

/** Every demo row in a canonical order, for comparing two seeds. */
async function dump(database: TestDatabase): Promise<unknown[]> {
  const tables = [
    'company_settings',
    'users',
    'code_counters',
    'customers',
    'projects',
    'quotes',
    'sales_orders',
    'invoices',
  ];
  const rows: unknown[] = [];
  for (const table of tables) {
    rows.push(await database.sql.unsafe(`select * from ${table} order by 1`));
  }
  return rows;
}
