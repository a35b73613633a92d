import type { Role, WriteRight } from '../../gql/graphql';

export const roles: Role[] = ['ADMIN', 'ACCOUNT_MANAGER', 'SALES', 'DELIVERY', 'FINANCE'];

export const writeRights: WriteRight[] = [
  'CUSTOMERS',
  'PROJECTS',
  'QUOTES',
  'ORDERS',
  'DELIVERY',
  'INVOICES',
  'USERS',
];
