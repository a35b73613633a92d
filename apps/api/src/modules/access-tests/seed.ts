import { chainBuilder } from '../../testing/chain';
import type { TestApp } from '../../testing/test-app';

export interface SeededAccount {
  customerId: string;
  customerCode: string;
  projectId: string;
  projectCode: string;
  deliveredProjectCode: string;
  acceptedQuoteId: string;
  activeQuoteId: string;
  orderId: string;
  completedInvoiceId: string;
  overdueInvoiceId: string;
  rejectedInvoiceId: string;
  reissuedInvoiceId: string;
}

export interface SeededUser {
  id: string;
  email: string;
  token: string;
}

export interface Seed {
  admin: SeededUser;
  am1: SeededUser;
  am2: SeededUser;
  sales: SeededUser;
  delivery: SeededUser;
  finance: SeededUser;
  /** Owned by am1. */
  mine: SeededAccount;
  /** Owned by am2. */
  theirs: SeededAccount;
}

const SET_PLAN = `mutation ($input: SetBillingPlanInput!) {
  setBillingPlan(input: $input) { salesOrder { billingPlan { id position } } }
}`;

const BILL_PART = `mutation ($input: CreateInvoiceInput!) {
  createInvoice(input: $input) { invoice { id } }
}`;

const DELIVER = `mutation ($input: MarkProjectDeliveredInput!) {
  markProjectDelivered(input: $input) { project { id } }
}`;

/**
 * The seeded day is 2026-06-01 (Jakarta); tests then read on 2026-06-15, when the invoices
 * due 2026-06-10 and 2026-05-01 are 5 and 45 days overdue.
 */
export const SEED_INSTANT = '2026-06-01T03:00:00Z';
export const READ_INSTANT = '2026-06-15T03:00:00Z';

/**
 * Two IDR accounts. am1's: a project (budget 150M, edited to 160M so that its history holds
 * a money change) with quotes DECLINED (90M), ACCEPTED (100M), ACTIVE (80M) and DRAFT (70M);
 * the order of the accepted one is 40% done and billed by a plan of 30/50/20%: the deposit
 * (30M) paid, the milestone (50M, due 06-10) sent, the last 20M rejected and re-issued; and a
 * second project delivered on time. am2's: a quote ACCEPTED (40M) and two DECLINED, billed
 * 10M paid and 15M sent (due 05-01), and a project delivered late.
 */
export async function seedAccounts(app: TestApp): Promise<Seed> {
  app.clock.set(SEED_INSTANT);
  const admin = await app.createUser('ADMIN');
  const am1 = await app.createUser('ACCOUNT_MANAGER');
  const am2 = await app.createUser('ACCOUNT_MANAGER');
  const sales = await app.createUser('SALES');
  const delivery = await app.createUser('DELIVERY');
  const finance = await app.createUser('FINANCE');

  const mine = await seedMine(app, am1);
  const theirs = await seedTheirs(app, am2);

  app.clock.set(READ_INSTANT);
  return { admin, am1, am2, sales, delivery, finance, mine, theirs };
}

async function seedMine(app: TestApp, owner: SeededUser): Promise<SeededAccount> {
  const chain = chainBuilder(app, owner.token);
  const customer = await chain.customer({ name: 'PT Arus Satu', accountManagerId: owner.id });
  await chain.call(
    'mutation ($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { id } } }',
    {
      input: {
        customerId: customer.id,
        version: 1,
        taxId: '01.234.567.8-901.000',
        email: 'finance@arus-satu.co.id',
      },
    },
  );
  const { createProject: project } = await chain.call<{
    createProject: { project: { id: string; code: string; version: number } };
  }>(
    'mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id code version } } }',
    {
      input: {
        customerId: customer.id,
        name: 'Website',
        deadline: '2026-09-30',
        budget: '150000000.00',
        deliveryCost: '60000000.00',
        scopeNote: 'Landing page and shop',
        documentLinks: ['https://docs.example/brief'],
      },
    },
  );
  await chain.call(
    'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }',
    {
      input: {
        projectId: project.project.id,
        version: project.project.version,
        budget: '160000000.00',
      },
    },
  );
  const projectId = project.project.id;

  const declined = await chain.quote(projectId, '90000000.00', '2026-07-01');
  await chain.call('mutation ($id: ID!) { declineQuote(id: $id) { quote { id } } }', {
    id: declined.id,
  });
  const accepted = await chain.quote(projectId, '100000000.00', '2026-07-01');
  const order = await chain.accept(accepted.id);
  const active = await chain.quote(projectId, '80000000.00', '2026-07-31');
  await chain.quote(projectId, '70000000.00', '2026-07-31', true);

  await chain.call(
    'mutation ($input: UpdateSalesOrderProgressInput!) { updateSalesOrderProgress(input: $input) { salesOrder { id } } }',
    { input: { salesOrderId: order.id, progress: 40 } },
  );
  const plan = await chain.call<{
    setBillingPlan: { salesOrder: { billingPlan: { id: string; position: number }[] } };
  }>(SET_PLAN, {
    input: {
      salesOrderId: order.id,
      parts: [
        { kind: 'DEPOSIT', label: 'Deposit', percentage: '30' },
        { kind: 'MILESTONE', label: 'Design', percentage: '50' },
        { kind: 'MILESTONE', label: 'Launch', percentage: '20' },
      ],
    },
  });
  const [deposit, design, launch] = plan.setBillingPlan.salesOrder.billingPlan;
  const billPart = async (planPartId: string, dueDate: string) => {
    const data = await chain.call<{ createInvoice: { invoice: { id: string } } }>(BILL_PART, {
      input: { salesOrderId: order.id, planPartId, dueDate },
    });
    return data.createInvoice.invoice.id;
  };
  const completed = await billPart(deposit!.id, '2026-06-01');
  for (const step of ['sendInvoice', 'startInvoiceProcessing', 'completeInvoice']) {
    await chain.move(step, completed);
  }
  const overdue = await billPart(design!.id, '2026-06-10');
  await chain.move('sendInvoice', overdue);
  const rejected = await billPart(launch!.id, '2026-06-20');
  await chain.move('sendInvoice', rejected);
  await chain.move('rejectInvoice', rejected, ', reason: "Wrong PO number"');
  const reissued = await chain.call<{ reissueInvoice: { invoice: { id: string } } }>(
    'mutation ($id: ID!) { reissueInvoice(id: $id) { invoice { id } } }',
    { id: rejected },
  );

  const delivered = await chain.project(customer.id, '2026-05-31', 'Mobile app');
  await chain.call(DELIVER, { input: { projectId: delivered.id, deliveredOn: '2026-05-25' } });

  return {
    customerId: customer.id,
    customerCode: customer.code,
    projectId,
    projectCode: project.project.code,
    deliveredProjectCode: delivered.code,
    acceptedQuoteId: accepted.id,
    activeQuoteId: active.id,
    orderId: order.id,
    completedInvoiceId: completed,
    overdueInvoiceId: overdue,
    rejectedInvoiceId: rejected,
    reissuedInvoiceId: reissued.reissueInvoice.invoice.id,
  };
}

async function seedTheirs(app: TestApp, owner: SeededUser): Promise<SeededAccount> {
  const chain = chainBuilder(app, owner.token);
  const customer = await chain.customer({ name: 'CV Arus Dua', accountManagerId: owner.id });
  const project = await chain.project(customer.id, '2026-08-31', 'Intranet');
  const accepted = await chain.quote(project.id, '40000000.00', '2026-07-01');
  const order = await chain.accept(accepted.id);
  for (const total of ['35000000.00', '30000000.00']) {
    const quote = await chain.quote(project.id, total, '2026-07-01');
    await chain.call('mutation ($id: ID!) { declineQuote(id: $id) { quote { id } } }', {
      id: quote.id,
    });
  }
  const active = await chain.quote(project.id, '45000000.00', '2026-07-31');

  const completed = await chain.invoice(order.id, '10000000.00', '2026-06-01', '2026-05-01');
  for (const step of ['sendInvoice', 'startInvoiceProcessing', 'completeInvoice']) {
    await chain.move(step, completed.id);
  }
  const overdue = await chain.invoice(order.id, '15000000.00', '2026-05-01', '2026-04-15');
  await chain.move('sendInvoice', overdue.id);
  const rejected = await chain.invoice(order.id, '5000000.00', '2026-06-20');
  await chain.move('sendInvoice', rejected.id);
  await chain.move('rejectInvoice', rejected.id, ', reason: "Wrong address"');
  const reissued = await chain.call<{ reissueInvoice: { invoice: { id: string } } }>(
    'mutation ($id: ID!) { reissueInvoice(id: $id) { invoice { id } } }',
    { id: rejected.id },
  );

  const delivered = await chain.project(customer.id, '2026-05-20', 'Late app');
  await chain.call(DELIVER, { input: { projectId: delivered.id, deliveredOn: '2026-05-28' } });

  return {
    customerId: customer.id,
    customerCode: customer.code,
    projectId: project.id,
    projectCode: project.code,
    deliveredProjectCode: delivered.code,
    acceptedQuoteId: accepted.id,
    activeQuoteId: active.id,
    orderId: order.id,
    completedInvoiceId: completed.id,
    overdueInvoiceId: overdue.id,
    rejectedInvoiceId: rejected.id,
    reissuedInvoiceId: reissued.reissueInvoice.invoice.id,
  };
}
