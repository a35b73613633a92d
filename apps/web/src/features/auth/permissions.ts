import type { Role } from '../../gql/graphql';

// The API checks every change itself; these only spare people buttons that would be refused.
// Quotes, orders and invoices say what may be done through their `actions` instead.
const editors: Record<'customers' | 'projects' | 'delivery' | 'quotes' | 'invoices', Role[]> = {
  customers: ['ADMIN', 'ACCOUNT_MANAGER', 'SALES'],
  projects: ['ADMIN', 'ACCOUNT_MANAGER'],
  delivery: ['ADMIN', 'ACCOUNT_MANAGER', 'DELIVERY'],
  quotes: ['ADMIN', 'ACCOUNT_MANAGER', 'SALES'],
  invoices: ['ADMIN', 'ACCOUNT_MANAGER', 'FINANCE'],
};

export type EditArea = keyof typeof editors;

export function canEdit(role: Role | undefined, area: EditArea): boolean {
  return role !== undefined && editors[area].includes(role);
}
