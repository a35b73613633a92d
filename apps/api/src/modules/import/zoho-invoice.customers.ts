import { inArray } from 'drizzle-orm';

import { nextCode, schema, type Executor } from '@arus/db';
import { emailDomainOf, normaliseCustomerName } from '@arus/domain';

import type { ZohoContact } from './zoho-invoice.parse';

const { customers } = schema;

export interface KnownCustomer {
  id: string;
  currency: string;
}

/** Customers imported by an earlier run, by their Zoho Customer ID. */
export async function findImportedCustomers(
  tx: Executor,
  zohoIds: readonly string[],
): Promise<Map<string, KnownCustomer>> {
  if (zohoIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: customers.id, currency: customers.currency, externalRef: customers.externalRef })
    .from(customers)
    .where(inArray(customers.externalRef, [...new Set(zohoIds)]));
  return new Map(rows.map(({ externalRef, ...customer }) => [externalRef ?? '', customer]));
}

function identityOf(contact: ZohoContact) {
  const emailDomain = contact.email ? emailDomainOf(contact.email) : null;
  return { nameKey: normaliseCustomerName(contact.displayName), emailDomain };
}

/**
 * Arus never holds one company twice: a new contact with the name and e-mail domain of a
 * customer already in Arus (or of another contact in the file) is refused, not merged, since
 * only a person can tell whether they are the same account.
 */
export async function findDuplicateContacts(
  tx: Executor,
  contacts: readonly ZohoContact[],
): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Map<string, ZohoContact>();
  for (const contact of contacts) {
    const { nameKey, emailDomain } = identityOf(contact);
    if (!emailDomain) continue;
    const key = `${nameKey}@${emailDomain}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push(
        `Contacts ${earlier.customerId} "${earlier.displayName}" and ${contact.customerId} "${contact.displayName}" have the same name and e-mail domain; merge them in Zoho first.`,
      );
    }
    seen.set(key, contact);
  }

  const domains = [...new Set(contacts.map((contact) => identityOf(contact).emailDomain))];
  const presentDomains = domains.filter((domain): domain is string => domain !== null);
  if (presentDomains.length === 0) return problems;
  const existing = await tx
    .select({
      code: customers.code,
      name: customers.name,
      nameKey: customers.nameKey,
      emailDomain: customers.emailDomain,
    })
    .from(customers)
    .where(inArray(customers.emailDomain, presentDomains));
  for (const customer of existing) {
    const contact = seen.get(`${customer.nameKey}@${customer.emailDomain}`);
    if (contact) {
      problems.push(
        `Contact ${contact.customerId} "${contact.displayName}" is already in Arus as ${customer.code} "${customer.name}" (same name and e-mail domain), which was not imported from this Zoho account.`,
      );
    }
  }
  return problems;
}

export async function insertCustomer(
  tx: Executor,
  contact: ZohoContact,
  defaults: { accountManagerId: string; timeZone: string; year: number },
): Promise<string> {
  const code = await nextCode(tx, 'CUSTOMER', defaults.year);
  const [row] = await tx
    .insert(customers)
    .values({
      code,
      name: contact.displayName,
      ...identityOf(contact),
      email: contact.email,
      currency: contact.currency,
      timeZone: defaults.timeZone,
      accountManagerId: defaults.accountManagerId,
      externalRef: contact.customerId,
    })
    .returning({ id: customers.id });
  if (!row) throw new Error(`Customer ${contact.customerId} was not inserted`);
  return row.id;
}
