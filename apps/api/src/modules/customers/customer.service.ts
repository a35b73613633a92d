import { and, asc, count, eq, gt, or } from 'drizzle-orm';

import { nextCode, schema, type Database, type Executor } from '@arus/db';
import {
  ArusError,
  assertCurrency,
  assertTimeZone,
  emailDomainOf,
  isEmail,
  normaliseCustomerName,
  normaliseTaxId,
  validationError,
} from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { readPageArgs, toPage, type PageArgs } from '../../graphql/connection';
import { byIdOrCode } from '../../graphql/lookup';
import { violatedUniqueConstraint } from '../../graphql/pg-errors';
import { assertCanOpenCustomer, visibleCustomers } from '../access/policy';
import type { CustomerRow } from './customer.loader';
import type { CreateCustomerInput } from './customer.types';

const MANAGER_ROLES = new Set(['ACCOUNT_MANAGER', 'ADMIN']);

export async function listCustomers(db: Database, viewer: Viewer, args: PageArgs) {
  const { limit, afterKey } = readPageArgs(args);
  const scope = visibleCustomers(viewer);
  const after = afterKey === null ? undefined : gt(schema.customers.code, afterKey);

  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(schema.customers)
      .where(and(scope, after))
      .orderBy(asc(schema.customers.code))
      .limit(limit + 1),
    db.select({ value: count() }).from(schema.customers).where(scope),
  ]);

  return toPage(rows, limit, total?.value ?? 0, (row) => row.code);
}

/** A customer by id or code, when the viewer may open it; null when there is none. */
export async function findCustomer(
  db: Database,
  viewer: Viewer,
  by: { id?: string | null; code?: string | null },
): Promise<CustomerRow | null> {
  const where = byIdOrCode(schema.customers, by);

  const [row] = await db.select().from(schema.customers).where(where);
  if (!row) return null;

  assertCanOpenCustomer(viewer, row);
  return row;
}

/** The account a document belongs to, for access checks. */
export async function accountOf(tx: Executor, customerId: string): Promise<CustomerRow> {
  const [customer] = await tx
    .select()
    .from(schema.customers)
    .where(eq(schema.customers.id, customerId));
  if (!customer) throw new Error(`Customer ${customerId} is missing`);
  return customer;
}

/** The customer a write is about, locked until the transaction ends. */
export async function lockCustomer(tx: Executor, customerId: string): Promise<CustomerRow> {
  const [row] = await tx
    .select()
    .from(schema.customers)
    .where(eq(schema.customers.id, customerId))
    .for('update');
  if (!row)
    throw new ArusError('NOT_FOUND', `No customer with id ${customerId} exists.`, {
      field: 'customerId',
    });
  return row;
}

async function findDuplicate(
  tx: Executor,
  keys: { taxIdKey: string | null; nameKey: string; emailDomain: string | null },
): Promise<CustomerRow | undefined> {
  const matches = [
    keys.taxIdKey ? eq(schema.customers.taxIdKey, keys.taxIdKey) : undefined,
    keys.emailDomain
      ? and(
          eq(schema.customers.nameKey, keys.nameKey),
          eq(schema.customers.emailDomain, keys.emailDomain),
        )
      : undefined,
  ].filter((match) => match !== undefined);
  if (matches.length === 0) return undefined;
  const [row] = await tx
    .select()
    .from(schema.customers)
    .where(or(...matches))
    .limit(1);
  return row;
}

function duplicateError(existing: CustomerRow): ArusError {
  return new ArusError(
    'DUPLICATE',
    `This customer already exists as ${existing.code} (${existing.name}); open it instead of creating a second one.`,
    { existingId: existing.id, existingCode: existing.code },
  );
}

export async function createCustomer(
  db: Database,
  viewer: Viewer,
  input: CreateCustomerInput,
): Promise<CustomerRow> {
  const name = input.name.trim();
  if (name === '' || name.length > 200) {
    throw validationError('input.name', 'Give the customer a name of 1 to 200 characters.');
  }
  const currency = assertCurrency('input.currency', input.currency.trim().toUpperCase());
  const timeZone = assertTimeZone('input.timeZone', input.timeZone.trim());
  const email = input.email?.trim() || null;
  if (email !== null && !isEmail(email)) {
    throw validationError('input.email', `"${email}" is not an e-mail address.`);
  }
  const taxId = input.taxId?.trim() || null;
  if (viewer.role === 'ACCOUNT_MANAGER' && input.accountManagerId !== viewer.id) {
    throw new ArusError('FORBIDDEN', 'Account managers create customers for themselves only.');
  }
  if (!['ADMIN', 'ACCOUNT_MANAGER', 'SALES'].includes(viewer.role)) {
    throw new ArusError('FORBIDDEN', `Your role ${viewer.role} may not create customers.`);
  }
  const keys = {
    nameKey: normaliseCustomerName(name),
    taxIdKey: taxId ? normaliseTaxId(taxId) : null,
    emailDomain: email ? emailDomainOf(email) : null,
  };

  try {
    return await db.transaction(async (tx) => {
      const [manager] = await tx
        .select()
        .from(schema.users)
        .where(eq(schema.users.id, input.accountManagerId));
      if (!manager || !manager.isActive || !MANAGER_ROLES.has(manager.role)) {
        throw validationError(
          'input.accountManagerId',
          'The account manager must be an active user with the ACCOUNT_MANAGER or ADMIN role.',
        );
      }

      const existing = await findDuplicate(tx, keys);
      if (existing) throw duplicateError(existing);

      const code = await nextCode(tx, 'CUSTOMER', 0);
      const [row] = await tx
        .insert(schema.customers)
        .values({
          code,
          name,
          currency,
          timeZone,
          email,
          taxId,
          accountManagerId: manager.id,
          ...keys,
        })
        .returning();
      return row!;
    });
  } catch (error) {
    // Two people created the same company at once: the unique index let one through.
    if (violatedUniqueConstraint(error)?.startsWith('customers_')) {
      const existing = await findDuplicate(db, keys);
      if (existing) throw duplicateError(existing);
    }
    throw error;
  }
}
