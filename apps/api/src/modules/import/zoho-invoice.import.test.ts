import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { schema, type Database } from '@arus/db';
import { createTestDatabase, type TestDatabase } from '@arus/db/testing';
import { formatAmount, parseStoredAmount, type Role } from '@arus/domain';

import { buildInvoicesCsv, sampleExport } from './zoho-invoice.fixtures';
import { importZohoInvoice } from './zoho-invoice.import';

const { customers, invoices, projects, quotes, salesOrders, users } = schema;

const TODAY = '2026-05-04';

async function insertUser(
  db: Database,
  user: { email: string; role: Role; createdAt?: Date },
): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ name: user.email, passwordHash: 'not-used-here', ...user })
    .returning({ id: users.id });
  if (!row) throw new Error('user not inserted');
  return row.id;
}

async function countRows(db: Database) {
  const count = async (table: string) => {
    const [row] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    return row?.n;
  };
  return {
    customers: await count('customers'),
    projects: await count('projects'),
    quotes: await count('quotes'),
    salesOrders: await count('sales_orders'),
    invoices: await count('invoices'),
  };
}

/** Every imported row's identity and edit stamps, to prove a rerun touched none of them. */
async function snapshotRows(db: Database) {
  const stamps = { id: sql<string>`id`, version: sql<number>`version`, updatedAt: sql`updated_at` };
  return Promise.all(
    [customers, projects, quotes, salesOrders, invoices].map((table) =>
      db
        .select(stamps)
        .from(table)
        .orderBy(asc(sql`id`)),
    ),
  );
}

const usd = (stored: string) => formatAmount(parseStoredAmount(stored, 'USD'), 'USD');

const NOTHING = { customers: 0, projects: 0, quotes: 0, salesOrders: 0, invoices: 0 };

describe('importZohoInvoice', () => {
  let database: TestDatabase;
  let db: Database;
  let adminId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
  });

  afterAll(async () => {
    await database.drop();
  });

  beforeEach(async () => {
    await db.execute(
      sql`truncate invoices, sales_orders, quotes, projects, customers, code_counters, users cascade`,
    );
    adminId = await insertUser(db, { email: 'admin@example.com', role: 'ADMIN' });
  });

  const importSample = (options: { ownerEmail?: string } = {}) => {
    const { contacts, invoices: invoiceFile } = sampleExport();
    return importZohoInvoice(db, [invoiceFile, contacts], { today: TODAY, ...options });
  };

  it('creates one customer per Zoho contact, keyed by its Customer ID', async () => {
    await importSample();

    const rows = await db
      .select({
        name: customers.name,
        externalRef: customers.externalRef,
        currency: customers.currency,
        timeZone: customers.timeZone,
        emailDomain: customers.emailDomain,
        accountManagerId: customers.accountManagerId,
      })
      .from(customers)
      .orderBy(asc(customers.externalRef));
    expect(rows).toEqual(
      [
        ['Avengers', '2520018000000073005', 'avengers.example.com'],
        ['Jessica Jones', '2520018000000073022', 'jonesinvestigations.example.com'],
        ['Highlander', '2520018000000073035', 'highlander.example.com'],
        ['Simpsons Baking Co', '2520018000000073048', 'simpsonsbaking.example.com'],
        ['Defenders', '2520018000000073061', 'powerman.example.com'],
      ].map(([name, externalRef, emailDomain]) => ({
        name,
        externalRef,
        currency: 'USD',
        timeZone: 'Asia/Jakarta',
        emailDomain,
        accountManagerId: adminId,
      })),
    );
  });

  it('creates the three draft invoices with the amounts of their lines', async () => {
    const summary = await importSample();

    const rows = await db
      .select({
        externalRef: invoices.externalRef,
        number: invoices.number,
        status: invoices.status,
        amount: invoices.amount,
        currency: invoices.currency,
        issueDate: invoices.issueDate,
        dueDate: invoices.dueDate,
      })
      .from(invoices)
      .orderBy(asc(invoices.externalRef));
    expect(rows.map((row) => ({ ...row, amount: usd(row.amount) }))).toEqual([
      {
        externalRef: 'INV-000001',
        number: 'INV-2021-00001',
        status: 'GENERATED',
        amount: '489.75',
        currency: 'USD',
        issueDate: '2021-01-28',
        dueDate: '2021-01-28',
      },
      {
        externalRef: 'INV-000002',
        number: 'INV-2021-00002',
        status: 'GENERATED',
        amount: '460.00',
        currency: 'USD',
        issueDate: '2021-01-28',
        dueDate: '2021-01-28',
      },
      {
        externalRef: 'INV-000003',
        number: 'INV-2021-00003',
        status: 'GENERATED',
        amount: '390.00',
        currency: 'USD',
        issueDate: '2021-01-28',
        dueDate: '2021-02-27',
      },
    ]);
    expect(summary).toMatchObject({
      customers: { created: 5, unchanged: 0 },
      invoices: { created: 3, unchanged: 0 },
    });
  });

  it('gives each invoice its own project, accepted quote and open order of the same total', async () => {
    await importSample();

    const rows = await db
      .select({
        invoice: invoices.externalRef,
        amount: invoices.amount,
        projectRef: projects.externalRef,
        projectName: projects.name,
        projectSource: projects.importSource,
        deadline: projects.deadline,
        quoteStatus: quotes.status,
        quoteTotal: quotes.total,
        validUntil: quotes.validUntil,
        decidedOn: quotes.decidedOn,
        orderStatus: salesOrders.status,
        orderTotal: salesOrders.total,
        orderDeadline: salesOrders.deadline,
        progress: salesOrders.progress,
      })
      .from(invoices)
      .innerJoin(salesOrders, sql`${salesOrders.id} = ${invoices.salesOrderId}`)
      .innerJoin(quotes, sql`${quotes.id} = ${salesOrders.quoteId}`)
      .innerJoin(projects, sql`${projects.id} = ${salesOrders.projectId}`)
      .orderBy(asc(invoices.externalRef));
    expect(await countRows(db)).toEqual({
      ...NOTHING,
      customers: 5,
      projects: 3,
      quotes: 3,
      salesOrders: 3,
      invoices: 3,
    });
    expect(
      rows.map((row) => ({
        ...row,
        amount: usd(row.amount),
        quoteTotal: usd(row.quoteTotal),
        orderTotal: usd(row.orderTotal),
      })),
    ).toEqual(
      [
        ['INV-000001', '489.75', 'Invoice INV-000001', '2021-01-28'],
        ['INV-000002', '460.00', 'Lawn Service', '2021-01-28'],
        ['INV-000003', '390.00', 'Invoice INV-000003', '2021-02-27'],
      ].map(([invoice, amount, projectName, deadline]) => ({
        invoice,
        amount,
        projectRef: `invoice:${invoice}`,
        projectName,
        projectSource: 'zoho-invoice',
        deadline,
        quoteStatus: 'ACCEPTED',
        quoteTotal: amount,
        validUntil: '2021-01-28',
        decidedOn: '2021-01-28',
        orderStatus: 'OPEN',
        orderTotal: amount,
        orderDeadline: deadline,
        progress: 0,
      })),
    );
  });

  it('creates and changes nothing when the same export is imported again', async () => {
    await importSample();
    const countsBefore = await countRows(db);
    const rowsBefore = await snapshotRows(db);

    const summary = await importSample();

    expect(await countRows(db)).toEqual(countsBefore);
    expect(await snapshotRows(db)).toEqual(rowsBefore);
    expect(summary).toEqual({
      customers: { created: 0, unchanged: 5 },
      projects: { created: 0, unchanged: 3 },
      quotes: { created: 0, unchanged: 3 },
      salesOrders: { created: 0, unchanged: 3 },
      invoices: { created: 0, unchanged: 3 },
      warnings: [],
    });
  });

  it('keeps an imported invoice as it is when Zoho later marks it paid, and says so', async () => {
    await importSample();
    const paidInZoho = {
      ...sampleExport().invoices,
      text: sampleExport().invoices.text.replace(
        /^(2021-01-28,\d+,INV-000003,),Draft,/gm,
        '$1,Paid,',
      ),
    };

    const summary = await importZohoInvoice(db, [paidInZoho], { today: TODAY });

    const statuses = await db.selectDistinct({ status: invoices.status }).from(invoices);
    expect(statuses).toEqual([{ status: 'GENERATED' }]);
    expect(summary.invoices).toEqual({ created: 0, unchanged: 3 });
    expect(summary.warnings).toEqual([
      'Invoice INV-000003 was imported before and left as it is in Arus (GENERATED 390.00); the export now reads COMPLETED 390.00.',
    ]);
  });

  it('writes nothing and names the invoice when its Total disagrees with its lines', async () => {
    const { contacts, invoices: invoiceFile } = sampleExport();
    const tampered = {
      ...invoiceFile,
      text: invoiceFile.text.replaceAll(',460.00,460.00,460.00,', ',460.00,470.00,460.00,'),
    };

    const attempt = importZohoInvoice(db, [contacts, tampered], { today: TODAY });

    await expect(attempt).rejects.toThrow(/INV-000002: its lines add up to 460\.00 USD/);
    expect(await countRows(db)).toEqual(NOTHING);
  });

  it('writes nothing and names the invoice when its customer is unknown', async () => {
    const { contacts, invoices: invoiceFile } = sampleExport();
    const tampered = {
      ...invoiceFile,
      text: invoiceFile.text.replaceAll('2520018000000073048', '2520018000000099999'),
    };

    const attempt = importZohoInvoice(db, [contacts, tampered], { today: TODAY });

    await expect(attempt).rejects.toThrow(
      /Invoice INV-000003: its customer "Simpsons Baking Co" \(Customer ID 2520018000000099999\)/,
    );
    expect(await countRows(db)).toEqual(NOTHING);
  });

  it('refuses an owner e-mail that belongs to nobody', async () => {
    const attempt = importSample({ ownerEmail: 'nobody@example.com' });

    await expect(attempt).rejects.toThrow('No user has the e-mail nobody@example.com');
    expect(await countRows(db)).toEqual(NOTHING);
  });

  it('gives the customers to the named owner, or else to the earliest admin', async () => {
    const managerId = await insertUser(db, { email: 'Am1@Example.com', role: 'ACCOUNT_MANAGER' });
    await insertUser(db, {
      email: 'later-admin@example.com',
      role: 'ADMIN',
      createdAt: new Date(Date.now() + 60_000),
    });
    const onlyContacts = [sampleExport().contacts];

    const ownersOf = () => db.selectDistinct({ id: customers.accountManagerId }).from(customers);

    await importZohoInvoice(db, onlyContacts, { today: TODAY, ownerEmail: 'am1@example.com' });
    const namedOwners = await ownersOf();
    await db.execute(sql`truncate customers cascade`);
    await importZohoInvoice(db, onlyContacts, { today: TODAY });
    const defaultOwners = await ownersOf();

    expect(namedOwners).toEqual([{ id: managerId }]);
    expect(defaultOwners).toEqual([{ id: adminId }]);
  });

  it('refuses to own customers by a user who is neither admin nor account manager', async () => {
    await insertUser(db, { email: 'delivery@example.com', role: 'DELIVERY' });

    const attempt = importSample({ ownerEmail: 'delivery@example.com' });

    await expect(attempt).rejects.toThrow(/admin or account manager/);
  });

  it('bills a Zoho project through one order, fulfilled once every invoice is paid', async () => {
    await importZohoInvoice(db, [sampleExport().contacts], { today: TODAY });
    const project = {
      'Customer ID': '2520018000000073005',
      'Project ID': '2520018000000080001',
      'Project Name': 'HQ renovation',
      'Invoice Status': 'Paid',
    };
    const export2026 = buildInvoicesCsv([
      { ...project, 'Invoice Number': 'INV-000010', 'Item Total': '1000.00', Total: '1000.00' },
      {
        ...project,
        'Invoice Number': 'INV-000011',
        'Item Total': '250.50',
        Total: '250.50',
        'Invoice Date': '2026-03-09',
        'Due Date': '2026-04-20',
        'Last Payment Date': '2026-04-18',
      },
    ]);

    const summary = await importZohoInvoice(db, [export2026], { today: TODAY });

    const [order] = await db
      .select({
        status: salesOrders.status,
        total: salesOrders.total,
        progress: salesOrders.progress,
        deadline: salesOrders.deadline,
      })
      .from(salesOrders);
    const paid = await db
      .select({ completedOn: invoices.completedOn })
      .from(invoices)
      .orderBy(asc(invoices.externalRef));
    expect(summary.projects).toEqual({ created: 1, unchanged: 0 });
    expect(order && { ...order, total: usd(order.total) }).toEqual({
      status: 'FULFILLED',
      total: '1250.50',
      progress: 100,
      deadline: '2026-04-20',
    });
    expect(paid).toEqual([{ completedOn: '2026-03-02' }, { completedOn: '2026-04-18' }]);
  });

  it('refuses new invoices for a Zoho project imported before, writing nothing', async () => {
    const { contacts } = sampleExport();
    const project = { 'Customer ID': '2520018000000073005', 'Project ID': 'P-1' };
    await importZohoInvoice(
      db,
      [contacts, buildInvoicesCsv([{ ...project, 'Invoice Number': 'INV-1' }])],
      {
        today: TODAY,
      },
    );
    const countsBefore = await countRows(db);

    const attempt = importZohoInvoice(
      db,
      [
        buildInvoicesCsv([
          { ...project, 'Invoice Number': 'INV-1' },
          { ...project, 'Invoice Number': 'INV-2' },
        ]),
      ],
      { today: TODAY },
    );

    await expect(attempt).rejects.toThrow(/Invoices INV-2 belong to Zoho project P-1/);
    expect(await countRows(db)).toEqual(countsBefore);
  });

  it('refuses a contact that is already in Arus under the same name and e-mail domain', async () => {
    await db.insert(customers).values({
      code: 'CUS-000900',
      name: 'PT Avengers',
      nameKey: 'avengers',
      emailDomain: 'avengers.example.com',
      currency: 'USD',
      timeZone: 'Asia/Jakarta',
      accountManagerId: adminId,
    });

    const attempt = importSample();

    await expect(attempt).rejects.toThrow(/already in Arus as CUS-000900 "PT Avengers"/);
    expect((await countRows(db)).customers).toBe(1);
  });
});
