import type {
  BillingPlanPartRowFragment,
  InvoiceRowFragment,
  Role,
  SalesOrderDetailsFragment,
} from '../gql/graphql';
import type { Access } from '../shared/access/access';

// The API's role policy as `viewerAccess` answers it for a person signed in with each role.
const accessByRole: Record<Role, Access> = {
  ADMIN: {
    opensEveryAccount: true,
    reads: ['Customer', 'Project', 'Quote', 'SalesOrder', 'Invoice'],
    seesMoney: true,
    writes: ['CUSTOMERS', 'PROJECTS', 'QUOTES', 'ORDERS', 'DELIVERY', 'INVOICES', 'USERS'],
  },
  ACCOUNT_MANAGER: {
    opensEveryAccount: false,
    reads: ['Customer', 'Project', 'Quote', 'SalesOrder', 'Invoice'],
    seesMoney: true,
    writes: ['CUSTOMERS', 'PROJECTS', 'QUOTES', 'ORDERS', 'DELIVERY', 'INVOICES'],
  },
  SALES: {
    opensEveryAccount: true,
    reads: ['Customer', 'Project', 'Quote'],
    seesMoney: true,
    writes: ['CUSTOMERS', 'QUOTES'],
  },
  DELIVERY: {
    opensEveryAccount: true,
    reads: ['Customer', 'Project', 'SalesOrder'],
    seesMoney: false,
    writes: ['DELIVERY'],
  },
  FINANCE: {
    opensEveryAccount: true,
    reads: ['Customer', 'Project', 'SalesOrder', 'Invoice'],
    seesMoney: true,
    writes: ['INVOICES'],
  },
};

export function buildAccess(role: Role): Access {
  return accessByRole[role];
}

export function buildInvoice(overrides: Partial<InvoiceRowFragment> = {}): InvoiceRowFragment {
  return {
    id: 'inv-1',
    number: 'INV-2026-00001',
    status: 'SENT',
    amount: '1250000.00',
    currency: 'IDR',
    issueDate: '2026-02-01',
    dueDate: '2026-03-03',
    isOverdue: false,
    planPartId: null,
    rejectionReason: null,
    reissueOf: null,
    reissuedBy: null,
    actions: [],
    ...overrides,
  };
}

export function buildPlanPart(
  overrides: Partial<BillingPlanPartRowFragment> = {},
): BillingPlanPartRowFragment {
  return {
    id: 'part-1',
    position: 1,
    kind: 'DEPOSIT',
    label: 'Deposit',
    percentage: '30',
    amount: '9000000.00',
    isBilled: false,
    ...overrides,
  };
}

export function buildSalesOrder(
  overrides: Partial<SalesOrderDetailsFragment> = {},
): SalesOrderDetailsFragment {
  return {
    id: 'so-3',
    code: 'SO-2026-0003',
    status: 'IN_PROGRESS',
    total: '30000000.00',
    billedTotal: '0.00',
    unbilledTotal: '30000000.00',
    currency: 'IDR',
    deadline: '2026-06-30',
    progress: 40,
    version: 1,
    actions: [],
    billingPlan: [],
    invoices: [],
    ...overrides,
  };
}
