import type { Role } from './roles';

/**
 * Who sees what (DOMAIN.md "Who sees what"), as data: the API builds its SQL row predicates,
 * its nested-list filters, its money masks and its mutation checks from this one table.
 */
export const DOCUMENT_TYPES = ['Customer', 'Project', 'Quote', 'SalesOrder', 'Invoice'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** What a change needs the right to; an API token's scope names a subset of these. */
export const WRITE_RIGHTS = [
  'CUSTOMERS',
  'PROJECTS',
  'QUOTES',
  'ORDERS',
  'DELIVERY',
  'INVOICES',
  'USERS',
] as const;
export type WriteRight = (typeof WRITE_RIGHTS)[number];

export interface RolePolicy {
  /** Whose accounts it opens: every account, or those it manages (others: directory only). */
  accounts: 'ALL' | 'OWN';
  /** The documents it reads in the accounts it opens. */
  reads: ReadonlySet<DocumentType>;
  /** Whether money fields carry values (otherwise they read as null). */
  seesMoney: boolean;
  /** What it may change in the accounts it opens. */
  writes: ReadonlySet<WriteRight>;
}

const ALL_DOCUMENTS = new Set(DOCUMENT_TYPES);

export const ACCESS_POLICY: Readonly<Record<Role, RolePolicy>> = {
  ADMIN: { accounts: 'ALL', reads: ALL_DOCUMENTS, seesMoney: true, writes: new Set(WRITE_RIGHTS) },
  ACCOUNT_MANAGER: {
    accounts: 'OWN',
    reads: ALL_DOCUMENTS,
    seesMoney: true,
    writes: new Set(['CUSTOMERS', 'PROJECTS', 'QUOTES', 'ORDERS', 'DELIVERY', 'INVOICES']),
  },
  SALES: {
    accounts: 'ALL',
    reads: new Set(['Customer', 'Project', 'Quote']),
    seesMoney: true,
    writes: new Set(['CUSTOMERS', 'QUOTES']),
  },
  // Delivery and finance reach their documents through the account and its projects.
  DELIVERY: {
    accounts: 'ALL',
    reads: new Set(['Customer', 'Project', 'SalesOrder']),
    seesMoney: false,
    writes: new Set(['DELIVERY']),
  },
  FINANCE: {
    accounts: 'ALL',
    reads: new Set(['Customer', 'Project', 'SalesOrder', 'Invoice']),
    seesMoney: true,
    writes: new Set(['INVOICES']),
  },
};

/**
 * The rights an API token carries: its owner's, narrowed to the token's scope (a read-only
 * token has none). A person signed in has all of their role's.
 */
export function effectiveWrites(
  role: Role,
  tokenScope: readonly WriteRight[] | null,
): Set<WriteRight> {
  const own = ACCESS_POLICY[role].writes;
  return new Set(tokenScope === null ? own : tokenScope.filter((right) => own.has(right)));
}
