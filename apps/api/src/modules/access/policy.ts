import { eq, type SQL } from 'drizzle-orm';

import { schema } from '@arus/db';
import { ACCESS_POLICY, ArusError, type DocumentType, type WriteRight } from '@arus/domain';

import type { Context, Viewer } from '../../graphql/context';

/**
 * The API's side of @arus/domain's ACCESS_POLICY: row predicates for SQL, type checks for nested
 * lists, money masks for mapping and rights for mutations. Every access decision goes through
 * these functions; none is written anywhere else.
 */

interface Account {
  accountManagerId: string;
  code: string;
}

export function canSeeMoney(viewer: Viewer): boolean {
  return ACCESS_POLICY[viewer.role].seesMoney;
}

/** A money value as this viewer may read it: null where the role may not see money. */
export function maskMoney(viewer: Viewer, value: string): string | null {
  return canSeeMoney(viewer) ? value : null;
}

/** The SQL predicate on `customers` of the accounts a viewer may open; undefined means all. */
export function visibleCustomers(viewer: Viewer): SQL | undefined {
  return ACCESS_POLICY[viewer.role].accounts === 'OWN'
    ? eq(schema.customers.accountManagerId, viewer.id)
    : undefined;
}

export function canOpenCustomer(viewer: Viewer, customer: { accountManagerId: string }): boolean {
  return ACCESS_POLICY[viewer.role].accounts === 'ALL' || customer.accountManagerId === viewer.id;
}

/** Whether the viewer reads documents of this type (in the accounts it may open). */
export function canRead(viewer: Viewer, type: DocumentType): boolean {
  return ACCESS_POLICY[viewer.role].reads.has(type);
}

function forbidden(message: string): ArusError {
  return new ArusError('FORBIDDEN', message);
}

export function assertCanRead(viewer: Viewer, type: DocumentType, account: Account): void {
  if (!canRead(viewer, type)) {
    throw forbidden(`Your role ${viewer.role} does not see ${type} documents.`);
  }
  if (!canOpenCustomer(viewer, account)) {
    throw forbidden(
      `Account ${account.code} belongs to another account manager; ask them or an admin to open it.`,
    );
  }
}

/**
 * A nested list as the viewer may read it: documents of a type its role does not read are left
 * out (the account was already opened by the parent), so one check covers the whole list.
 */
export function readableList<T>(viewer: Viewer, type: DocumentType, rows: T[]): T[] {
  return canRead(viewer, type) ? rows : [];
}

/** A required nested document of a type the viewer's role does not read. */
export function assertReads(viewer: Viewer, type: DocumentType): void {
  if (!canRead(viewer, type)) {
    throw forbidden(`Your role ${viewer.role} does not see ${type} documents.`);
  }
}

/** Whether the viewer (and the token it came with) carries this right at all. */
export function hasRight(viewer: Viewer, right: WriteRight): boolean {
  return viewer.writes.has(right);
}

/** A change of an account's documents: the right, and an account the viewer may open. */
export function assertMay(viewer: Viewer, right: WriteRight, account: Account): void {
  if (!hasRight(viewer, right)) {
    const through = viewer.tokenId ? 'This API token' : `Your role ${viewer.role}`;
    throw forbidden(`${through} may not make this change (it needs the ${right} right).`);
  }
  if (!canOpenCustomer(viewer, account)) {
    throw forbidden(
      `Account ${account.code} belongs to another account manager; ask them or an admin to change it.`,
    );
  }
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
