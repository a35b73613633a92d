import { asc, eq, inArray, sql } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';
import { ArusError, validationError, type Clock } from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { readId } from '../../graphql/input';
import { recordAudit } from '../audit/audit.service';
import type { CustomerRow } from '../customers/customer.loader';
import { assertMayManageUsers, lockUser, MANAGER_ROLES } from './user.service';
import type { ReassignAccountsInput } from './user.types';

/**
 * Hands accounts from one owner to another (someone leaves, or portfolios are rebalanced): the
 * named ones, or all of the owner's. Each change of owner goes to the account's history.
 */
export async function reassignAccounts(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: ReassignAccountsInput,
): Promise<CustomerRow[]> {
  assertMayManageUsers(viewer);
  const customerIds = input.customerIds?.map((id) => readId('input.customerIds', id, 'customer'));
  if (input.fromUserId === input.toUserId) {
    throw validationError('input.toUserId', 'Choose an owner other than the current one.');
  }

  return db.transaction(async (tx) => {
    const from = await lockUser(tx, 'input.fromUserId', input.fromUserId);
    const to = await lockUser(tx, 'input.toUserId', input.toUserId);
    if (!to.isActive || !MANAGER_ROLES.includes(to.role)) {
      throw validationError(
        'input.toUserId',
        `${to.name} cannot own accounts: the new owner must be an active ACCOUNT_MANAGER or ADMIN.`,
      );
    }

    const accounts = await tx
      .select()
      .from(schema.customers)
      .where(
        customerIds
          ? inArray(schema.customers.id, customerIds)
          : eq(schema.customers.accountManagerId, from.id),
      )
      .orderBy(asc(schema.customers.code))
      .for('update');
    assertAllNamedOwnedBy(customerIds, accounts, from);
    if (accounts.length === 0) return [];

    const moved = await tx
      .update(schema.customers)
      .set({
        accountManagerId: to.id,
        version: sql`${schema.customers.version} + 1`,
        updatedAt: clock.now(),
      })
      .where(
        inArray(
          schema.customers.id,
          accounts.map((account) => account.id),
        ),
      )
      .returning();
    await recordAudit(
      tx,
      clock,
      viewer,
      accounts.map((account) => ({
        customerId: account.id,
        entityType: 'CUSTOMER',
        entityId: account.id,
        action: 'UPDATED',
        field: 'accountManagerId',
        from: from.id,
        to: to.id,
      })),
    );
    return moved.sort((a, b) => a.code.localeCompare(b.code));
  });
}

/** Named accounts must exist and belong to the owner they are taken from. */
function assertAllNamedOwnedBy(
  customerIds: string[] | undefined,
  accounts: CustomerRow[],
  from: { id: string; name: string },
): void {
  if (!customerIds) return;
  const found = new Set(accounts.map((account) => account.id));
  const missing = customerIds.find((id) => !found.has(id));
  if (missing) {
    throw new ArusError('NOT_FOUND', `No customer with id ${missing} exists.`, {
      field: 'input.customerIds',
    });
  }
  const other = accounts.find((account) => account.accountManagerId !== from.id);
  if (other) {
    throw validationError(
      'input.customerIds',
      `${other.code} is not owned by ${from.name}; name only accounts of the current owner.`,
    );
  }
}
