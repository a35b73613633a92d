import { and, asc, count, eq, gt, ne, or, sql } from 'drizzle-orm';

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
  type Clock,
} from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { readPageArgs, toPage, type PageArgs } from '../../graphql/connection';
import { readId, readName, readText } from '../../graphql/input';
import { byIdOrCode } from '../../graphql/lookup';
import { violatedUniqueConstraint } from '../../graphql/pg-errors';
import { staleVersion } from '../../graphql/version';
import {
  assertCanRead,
  assertMay,
  canOpenCustomer,
  hasRight,
  visibleCustomers,
} from '../access/policy';
import { changedFields, recordAudit } from '../audit/audit.service';
import type { CustomerRow } from './customer.loader';
import type { CreateCustomerInput, UpdateCustomerInput } from './customer.types';

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

  assertCanRead(viewer, 'Customer', row);
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

interface IdentityKeys {
  nameKey: string;
  taxIdKey: string | null;
  emailDomain: string | null;
}

/** Another customer that is the same company by tax id, or by name and e-mail domain. */
async function findDuplicate(
  tx: Executor,
  keys: IdentityKeys,
  exceptId?: string,
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
    .where(and(or(...matches), exceptId ? ne(schema.customers.id, exceptId) : undefined))
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

/** Runs a write that a concurrent one may turn into a duplicate, naming the customer it met. */
async function refusingDuplicates<T>(
  db: Database,
  keys: IdentityKeys,
  exceptId: string | undefined,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    // Two people saved the same company at once: the unique index let one through.
    if (violatedUniqueConstraint(error)?.startsWith('customers_')) {
      const existing = await findDuplicate(db, keys, exceptId);
      if (existing) throw duplicateError(existing);
    }
    throw error;
  }
}

interface Identity extends IdentityKeys {
  name: string;
  email: string | null;
  taxId: string | null;
}

function readIdentity(input: {
  name: string;
  email?: string | null;
  taxId?: string | null;
}): Identity {
  const name = readName('input.name', input.name, 'customer');
  const email = readText('input.email', input.email ?? '', 254) || null;
  if (email !== null && !isEmail(email)) {
    throw validationError('input.email', `"${email}" is not an e-mail address.`);
  }
  const taxId = readText('input.taxId', input.taxId ?? '', 50) || null;
  if (taxId !== null && normaliseTaxId(taxId) === '') {
    throw validationError('input.taxId', `"${taxId}" has no letters or digits; is it a tax id?`);
  }
  return {
    name,
    email,
    taxId,
    nameKey: normaliseCustomerName(name),
    taxIdKey: taxId ? normaliseTaxId(taxId) : null,
    emailDomain: email ? emailDomainOf(email) : null,
  };
}

/** The owner an account may be given: an active account manager or admin. */
async function findManager(tx: Executor, id: string) {
  const [manager] = await tx
    .select()
    .from(schema.users)
    .where(eq(schema.users.id, readId('input.accountManagerId', id, 'user')));
  if (!manager || !manager.isActive || !MANAGER_ROLES.has(manager.role)) {
    throw validationError(
      'input.accountManagerId',
      'The account manager must be an active user with the ACCOUNT_MANAGER or ADMIN role.',
    );
  }
  return manager;
}

/** A new account goes to its creator when the creator only opens its own accounts. */
function assertMayCreateFor(viewer: Viewer, accountManagerId: string): void {
  if (!hasRight(viewer, 'CUSTOMERS')) {
    throw new ArusError('FORBIDDEN', `Your role ${viewer.role} may not create customers.`);
  }
  if (!canOpenCustomer(viewer, { accountManagerId })) {
    throw new ArusError(
      'FORBIDDEN',
      'Account managers create accounts for themselves; an admin hands accounts over.',
    );
  }
}

export async function createCustomer(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: CreateCustomerInput,
): Promise<CustomerRow> {
  const identity = readIdentity(input);
  const currency = assertCurrency('input.currency', input.currency.trim().toUpperCase());
  const timeZone = assertTimeZone('input.timeZone', input.timeZone.trim());
  assertMayCreateFor(viewer, input.accountManagerId);

  return refusingDuplicates(db, identity, undefined, () =>
    db.transaction(async (tx) => {
      const manager = await findManager(tx, input.accountManagerId);
      const existing = await findDuplicate(tx, identity);
      if (existing) throw duplicateError(existing);

      const code = await nextCode(tx, 'CUSTOMER', 0);
      const [row] = await tx
        .insert(schema.customers)
        .values({ code, currency, timeZone, accountManagerId: manager.id, ...identity })
        .returning();
      await recordAudit(tx, clock, viewer, [
        { customerId: row!.id, entityType: 'CUSTOMER', entityId: row!.id, action: 'CREATED' },
      ]);
      return row!;
    }),
  );
}

/**
 * Edits an account's name, contact, tax id, time zone or owner. Its currency stays: its
 * documents are in it. `version` is the one the editor loaded (else CONFLICT).
 */
export async function updateCustomer(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: UpdateCustomerInput,
): Promise<CustomerRow> {
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, input.customerId);
    assertMay(viewer, 'CUSTOMERS', customer);
    if (customer.version !== input.version) throw staleVersion('customer', customer.code);
    const identity = readIdentity({
      name: input.name ?? customer.name,
      email: input.email === undefined ? customer.email : input.email,
      taxId: input.taxId === undefined ? customer.taxId : input.taxId,
    });
    const timeZone =
      input.timeZone == null ? customer.timeZone : assertTimeZone('input.timeZone', input.timeZone);
    const accountManagerId = input.accountManagerId ?? customer.accountManagerId;
    if (accountManagerId !== customer.accountManagerId) {
      // Handing an account over is user administration, not an edit of the account.
      assertMay(viewer, 'USERS', customer);
      await findManager(tx, accountManagerId);
    }
    const existing = await findDuplicate(tx, identity, customer.id);
    if (existing) throw duplicateError(existing);

    const changes = { ...identity, timeZone, accountManagerId };
    const [row] = await refusingDuplicates(db, identity, customer.id, () =>
      tx
        .update(schema.customers)
        .set({ ...changes, version: sql`${schema.customers.version} + 1`, updatedAt: clock.now() })
        .where(eq(schema.customers.id, customer.id))
        .returning(),
    );
    const { name, email, taxId } = changes;
    await recordAudit(
      tx,
      clock,
      viewer,
      changedFields(
        { customerId: customer.id, entityType: 'CUSTOMER', entityId: customer.id },
        customer,
        { name, email, taxId, timeZone, accountManagerId },
      ),
    );
    return row!;
  });
}
