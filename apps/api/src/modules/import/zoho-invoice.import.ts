import { inArray, sql } from 'drizzle-orm';

import { schema, type Database, type Executor } from '@arus/db';
import { formatAmount, parseStoredAmount, yearOf, type LocalDate } from '@arus/domain';

import type { ImportFile } from './csv-table';
import { findImportOwner } from './import-owner';
import { importRefused } from './import.errors';
import {
  findDuplicateContacts,
  findImportedCustomers,
  insertCustomer,
  type KnownCustomer,
} from './zoho-invoice.customers';
import { insertProjects } from './zoho-invoice.insert';
import type { ZohoInvoice } from './zoho-invoice.invoices';
import { parseZohoExport } from './zoho-invoice.parse';
import { planProjects, type ProjectPlan } from './zoho-invoice.projects';

const { companySettings, invoices, projects } = schema;

/** Used until an admin saves the company settings; Arus's first users are in Indonesia. */
const FALLBACK_TIME_ZONE = 'Asia/Jakarta';

export interface ImportCounts {
  created: number;
  unchanged: number;
}

export interface ImportSummary {
  customers: ImportCounts;
  projects: ImportCounts;
  quotes: ImportCounts;
  salesOrders: ImportCounts;
  invoices: ImportCounts;
  /** Rows left as they were, and why; nothing here stopped the import. */
  warnings: string[];
}

export interface ImportOptions {
  /** The user to own the new customers; the first admin when absent. */
  ownerEmail?: string;
  /** Today in the company's time zone. */
  today: LocalDate;
}

export async function companyTimeZone(tx: Executor): Promise<string> {
  const [settings] = await tx
    .select({ timeZone: companySettings.timeZone })
    .from(companySettings)
    .limit(1);
  return settings?.timeZone ?? FALLBACK_TIME_ZONE;
}

/**
 * Imports a Zoho Invoice export: contacts become customers, and invoices arrive with the
 * project, accepted quote and sales order that Arus bills through (see ProjectPlan). All or
 * nothing, in one transaction; rows imported before are matched by their Zoho reference and
 * left as they are, so running the same export again changes nothing.
 */
export async function importZohoInvoice(
  db: Database,
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const zoho = parseZohoExport(files);
  const { plans, problems: planProblems } = planProjects(zoho.invoices);
  if (planProblems.length > 0) throw importRefused(planProblems);

  return db.transaction(async (tx) => {
    // Two runs of one export at once would both find its rows missing and insert them twice;
    // the second run waits here, then finds them.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('arus:import'))`);
    const accountManagerId = await findImportOwner(tx, options.ownerEmail);
    const timeZone = await companyTimeZone(tx);

    const zohoIds = [...zoho.contacts, ...plans].map((item) => item.customerId);
    const known = await findImportedCustomers(tx, zohoIds);
    const newContacts = zoho.contacts.filter((contact) => !known.has(contact.customerId));
    const newCurrencies = new Map(newContacts.map((c) => [c.customerId, c.currency]));

    const decision = await decideProjects(tx, plans, known);
    const problems = [
      ...(await findDuplicateContacts(tx, newContacts)),
      ...checkCustomers(plans, known, newCurrencies),
      ...decision.problems,
    ];
    if (problems.length > 0) throw importRefused(problems);

    const customerIds = new Map([...known].map(([zohoId, customer]) => [zohoId, customer.id]));
    for (const contact of newContacts) {
      const id = await insertCustomer(tx, contact, {
        accountManagerId,
        timeZone,
        year: yearOf(options.today),
      });
      customerIds.set(contact.customerId, id);
    }
    await insertProjects(tx, decision.toCreate, customerIds);

    const created = decision.toCreate.length;
    const unchanged = decision.unchanged.length;
    const invoiceCount = (chosen: ProjectPlan[]) => chosen.flatMap((plan) => plan.invoices).length;
    return {
      customers: {
        created: newContacts.length,
        unchanged: zoho.contacts.length - newContacts.length,
      },
      projects: { created, unchanged },
      quotes: { created, unchanged },
      salesOrders: { created, unchanged },
      invoices: {
        created: invoiceCount(decision.toCreate),
        unchanged: invoiceCount(decision.unchanged),
      },
      warnings: [...zoho.warnings, ...decision.warnings],
    };
  });
}

function checkCustomers(
  plans: readonly ProjectPlan[],
  known: ReadonlyMap<string, KnownCustomer>,
  newCurrencies: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  for (const invoice of plans.flatMap((plan) => plan.invoices)) {
    const currency =
      known.get(invoice.customerId)?.currency ?? newCurrencies.get(invoice.customerId);
    const customer = `"${invoice.customerName}" (Customer ID ${invoice.customerId})`;
    if (currency === undefined) {
      problems.push(
        `Invoice ${invoice.number}: its customer ${customer} is neither in the contacts export nor imported before; import the contacts export with it.`,
      );
    } else if (currency !== invoice.currency) {
      problems.push(
        `Invoice ${invoice.number} is in ${invoice.currency}, but its customer ${customer} is billed in ${currency}; Arus never mixes currencies within an account.`,
      );
    }
  }
  return problems;
}

interface ProjectDecision {
  toCreate: ProjectPlan[];
  unchanged: ProjectPlan[];
  problems: string[];
  warnings: string[];
}

/**
 * A project is imported whole or not at all: an accepted quote is final, so invoices that
 * Zoho added to a project after it was imported cannot join its order here.
 */
async function decideProjects(
  tx: Executor,
  plans: readonly ProjectPlan[],
  known: ReadonlyMap<string, KnownCustomer>,
): Promise<ProjectDecision> {
  const decision: ProjectDecision = { toCreate: [], unchanged: [], problems: [], warnings: [] };
  if (plans.length === 0) return decision;

  const numbers = plans.flatMap((plan) => plan.invoices.map((invoice) => invoice.number));
  const storedInvoices = await tx
    .select({
      externalRef: invoices.externalRef,
      customerId: invoices.customerId,
      status: invoices.status,
      amount: invoices.amount,
      currency: invoices.currency,
    })
    .from(invoices)
    .where(inArray(invoices.externalRef, numbers));
  const stored = new Map(storedInvoices.map((invoice) => [invoice.externalRef, invoice]));
  const storedProjects = await tx
    .select({ customerId: projects.customerId, externalRef: projects.externalRef })
    .from(projects)
    .where(
      inArray(
        projects.externalRef,
        plans.map((plan) => plan.externalRef),
      ),
    );
  const projectKeys = new Set(storedProjects.map((p) => `${p.customerId}/${p.externalRef}`));

  for (const plan of plans) {
    const customerId = known.get(plan.customerId)?.id;
    const imported = plan.invoices.filter((invoice) => stored.has(invoice.number));
    const foreign = imported.filter(
      (invoice) => stored.get(invoice.number)?.customerId !== customerId,
    );
    for (const invoice of foreign) {
      decision.problems.push(
        `Invoice ${invoice.number} is already in Arus for another customer; it cannot be imported for "${invoice.customerName}".`,
      );
    }
    if (foreign.length > 0) continue;

    if (imported.length === plan.invoices.length) {
      decision.unchanged.push(plan);
      for (const invoice of imported) {
        const drift = describeDrift(invoice, stored.get(invoice.number));
        if (drift) decision.warnings.push(drift);
      }
    } else if (imported.length > 0 || projectKeys.has(`${customerId}/${plan.externalRef}`)) {
      const missing = plan.invoices.filter((invoice) => !stored.has(invoice.number));
      decision.problems.push(
        `Invoices ${missing.map((invoice) => invoice.number).join(', ')} belong to Zoho project ${plan.externalRef}, which was imported before without them; an imported order cannot take new invoices, so create them in Arus instead.`,
      );
    } else {
      decision.toCreate.push(plan);
    }
  }
  return decision;
}

/** Arus keeps its own state of an invoice once imported; a later change in Zoho is only reported. */
function describeDrift(
  invoice: ZohoInvoice,
  stored: { status: string; amount: string; currency: string } | undefined,
): string | null {
  if (!stored) return null;
  const storedAmount = parseStoredAmount(stored.amount, stored.currency);
  if (stored.status === invoice.status && storedAmount === invoice.amountMinor) return null;
  const inArus = `${stored.status} ${formatAmount(storedAmount, stored.currency)}`;
  const inZoho = `${invoice.status} ${formatAmount(invoice.amountMinor, invoice.currency)}`;
  return `Invoice ${invoice.number} was imported before and left as it is in Arus (${inArus}); the export now reads ${inZoho}.`;
}
