import { eq, type SQL } from 'drizzle-orm';

import { schema } from '@arus/db';
import { ArusError, type Role } from '@arus/domain';

import type { Context, Viewer } from '../../graphql/context';

/**
 * Who sees what, in one place. For now the rules are: account managers see and change the
 * accounts they own; every other role sees every account; delivery sees no money. The finer
 * table of DOMAIN.md (per role, per type and field, API token scopes) is not enforced yet.
 */
const MONEY_BLIND_ROLES: ReadonlySet<Role> = new Set(['DELIVERY']);

export function canSeeMoney(viewer: Viewer): boolean {
  return !MONEY_BLIND_ROLES.has(viewer.role);
}

/** A money value as this viewer may read it: null where the role may not see money. */
export function maskMoney(viewer: Viewer, value: string): string | null {
  return canSeeMoney(viewer) ? value : null;
}

/** The SQL predicate on `customers` of the accounts a viewer may open; undefined means all. */
export function visibleCustomers(viewer: Viewer): SQL | undefined {
  return viewer.role === 'ACCOUNT_MANAGER'
    ? eq(schema.customers.accountManagerId, viewer.id)
    : undefined;
}

export function canOpenCustomer(viewer: Viewer, customer: { accountManagerId: string }): boolean {
  return viewer.role !== 'ACCOUNT_MANAGER' || customer.accountManagerId === viewer.id;
}

export function assertCanOpenCustomer(
  viewer: Viewer,
  customer: { accountManagerId: string; code: string },
): void {
  if (!canOpenCustomer(viewer, customer)) {
    throw new ArusError(
      'FORBIDDEN',
      `Account ${customer.code} belongs to another account manager; ask them or an admin to open it.`,
    );
  }
}

/** Roles that may create and move quotes, orders and invoices in this version. */
const WRITER_ROLES: ReadonlySet<Role> = new Set(['ADMIN', 'ACCOUNT_MANAGER', 'SALES', 'FINANCE']);

export function assertCanWrite(
  viewer: Viewer,
  customer: { accountManagerId: string; code: string },
) {
  if (!WRITER_ROLES.has(viewer.role)) {
    throw new ArusError('FORBIDDEN', `Your role ${viewer.role} may not change this account.`);
  }
  assertCanOpenCustomer(viewer, customer);
}

/** Roles that may move deadlines, set progress and record delivery. */
const DELIVERY_ROLES: ReadonlySet<Role> = new Set(['ADMIN', 'ACCOUNT_MANAGER', 'DELIVERY']);

export function assertCanDeliver(
  viewer: Viewer,
  customer: { accountManagerId: string; code: string },
): void {
  if (!DELIVERY_ROLES.has(viewer.role)) {
    throw new ArusError('FORBIDDEN', `Your role ${viewer.role} may not change delivery.`);
  }
  assertCanOpenCustomer(viewer, customer);
}

/**
 * Whether the viewer's role may change documents, and whether it may change delivery, for
 * documents it was already allowed to read (so their account is one it may open).
 */
export function mayWriteWhatItSees(viewer: Viewer): boolean {
  return WRITER_ROLES.has(viewer.role);
}

export function mayDeliverWhatItSees(viewer: Viewer): boolean {
  return DELIVERY_ROLES.has(viewer.role);
}

export function requireViewer(context: Context): Viewer {
  if (!context.viewer) {
    throw new ArusError(
      'UNAUTHENTICATED',
      'Sign in first: this request has no valid session or token.',
    );
  }
  return context.viewer;
}
