export const ROLES = ['ADMIN', 'ACCOUNT_MANAGER', 'SALES', 'DELIVERY', 'FINANCE'] as const;
export type Role = (typeof ROLES)[number];
