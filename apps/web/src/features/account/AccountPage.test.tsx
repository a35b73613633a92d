import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { Role } from '../../gql/graphql';
import { buildAccess } from '../../test/factories';
import { renderWithProviders } from '../../test/renderWithProviders';
import { AccountKpisQuery, AccountQuery } from './account.operations';
import { AccountPage } from './AccountPage';

type Mocks = MockedProviderProps['mocks'];

function renderAccountPage(code: string, mocks: Mocks, role: Role = 'ACCOUNT_MANAGER') {
  return renderWithProviders(
    <Routes>
      <Route path="/customers/:code" element={<AccountPage />} />
    </Routes>,
    {
      route: `/customers/${code}`,
      access: buildAccess(role),
      wrapper: (children) => <MockedProvider mocks={mocks}>{children}</MockedProvider>,
    },
  );
}

// Shaped as the server answers, __typename included, so the cache normalises it as in the app.
function buildAccount() {
  return {
    __typename: 'Customer',
    id: 'cus-42',
    code: 'CUS-000042',
    name: 'PT Sinar Jaya',
    currency: 'IDR',
    timeZone: 'Asia/Jakarta',
    email: 'finance@sinarjaya.co.id',
    taxId: null,
    version: 3,
    accountManager: { __typename: 'User', id: 'user-1', name: 'Ayu Lestari' },
    projects: [
      {
        __typename: 'Project',
        id: 'prj-7',
        code: 'PRJ-2026-0007',
        name: 'Website relaunch',
        currency: 'IDR',
        deadline: '2026-06-30',
        deliveredOn: null,
        budget: '35000000.00',
        deliveryCost: '20000000.00',
        scopeNote: null,
        documentLinks: [],
        version: 2,
        quotes: [
          {
            __typename: 'Quote',
            id: 'quo-12',
            code: 'QUO-2026-00012',
            status: 'ACCEPTED',
            total: '30000000.00',
            currency: 'IDR',
            validUntil: '2026-01-31',
            version: 1,
            actions: [],
          },
        ],
        salesOrders: [
          {
            __typename: 'SalesOrder',
            id: 'so-3',
            code: 'SO-2026-0003',
            status: 'IN_PROGRESS',
            total: '30000000.00',
            billedTotal: '10000000.00',
            unbilledTotal: '20000000.00',
            currency: 'IDR',
            deadline: '2026-06-30',
            progress: 40,
            version: 4,
            actions: ['SET_PROGRESS', 'MOVE_DEADLINE'],
            billingPlan: [],
            invoices: [
              {
                __typename: 'Invoice',
                id: 'inv-1',
                number: 'INV-2026-00001',
                status: 'SENT',
                amount: '10000000.00',
                currency: 'IDR',
                issueDate: '2026-02-01',
                dueDate: '2026-03-03',
                isOverdue: true,
                planPartId: null,
                rejectionReason: null,
                reissueOf: null,
                reissuedBy: null,
                actions: ['START_PROCESSING', 'REJECT'],
              },
            ],
          },
        ],
      },
    ],
  };
}

// A field left out of the request is absent from the answer, not null.
function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;
}

// What each role asks for: only the documents it reads.
const everything = { withQuotes: true, withOrders: true, withInvoices: true };

function accountMock(code: string, variables = everything, customer: unknown = buildAccount()) {
  return {
    request: { query: AccountQuery, variables: { code, ...variables } },
    result: { data: { customer } },
  };
}

const kpis = {
  accountDashboard: {
    __typename: 'AccountDashboard',
    kpis: {
      __typename: 'Kpis',
      overdueInvoices: {
        __typename: 'CountAndAmounts',
        count: 1,
        amounts: [{ __typename: 'Money', amount: '10000000.00', currency: 'IDR' }],
      },
      overdueAgeing: [],
      quoteConversion: { __typename: 'Ratio', numerator: 1, denominator: 1, rate: 1 },
      onTimeDelivery: { __typename: 'Ratio', numerator: 0, denominator: 0, rate: null },
      revenue: [],
    },
  },
};

const allKpis = { withInvoices: true, withQuotes: true, withProjects: true };

function kpisMock(variables = allKpis, data: unknown = kpis) {
  return {
    request: { query: AccountKpisQuery, variables: { customerId: 'cus-42', ...variables } },
    result: { data },
  };
}

describe('AccountPage', () => {
  it('shows the account with its projects, quotes, orders, invoices and KPIs', async () => {
    await renderAccountPage('CUS-000042', [accountMock('CUS-000042'), kpisMock()]);

    expect(await screen.findByRole('heading', { name: 'PT Sinar Jaya' })).toBeInTheDocument();
    const project = screen.getByRole('region', { name: 'Website relaunch' });
    expect(within(project).getByText('Accepted')).toBeInTheDocument();
    expect(within(project).getByText('In progress')).toBeInTheDocument();
    expect(within(project).getByRole('progressbar', { name: '40% fulfilled' })).toBeInTheDocument();
    const invoice = within(project).getByRole('row', { name: /INV-2026-00001/ });
    expect(within(invoice).getByText('Overdue')).toBeInTheDocument();
    const overdue = await screen.findByRole('region', { name: 'Overdue invoices' });
    expect(within(overdue).getByText('Invoices: 1')).toBeInTheDocument();
  });

  it('offers the moves the API allows on each document', async () => {
    await renderAccountPage('CUS-000042', [accountMock('CUS-000042'), kpisMock()]);

    const order = await screen.findByRole('region', { name: 'SO-2026-0003' });
    expect(within(order).getByRole('button', { name: 'Set progress' })).toBeInTheDocument();
    expect(within(order).queryByRole('button', { name: 'Fulfil' })).not.toBeInTheDocument();
    expect(await within(order).findByRole('button', { name: 'Create invoice' })).toBeEnabled();
    const invoice = within(order).getByRole('row', { name: /INV-2026-00001/ });
    expect(within(invoice).getByRole('button', { name: 'Reject' })).toBeInTheDocument();
    expect(within(invoice).queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New project' })).toBeInTheDocument();
  });

  it('says the customer was not found when the code is unknown', async () => {
    await renderAccountPage('CUS-999999', [accountMock('CUS-999999', everything, null)]);

    expect(await screen.findByText('Customer not found')).toBeInTheDocument();
    expect(screen.getByText(/There is no customer with the code CUS-999999/)).toBeInTheDocument();
  });

  it('says the account is another account manager’s, with nothing to retry, when FORBIDDEN', async () => {
    await renderAccountPage('CUS-000043', [
      {
        request: { query: AccountQuery, variables: { code: 'CUS-000043', ...everything } },
        result: {
          errors: [
            new GraphQLError('This account belongs to another account manager.', {
              extensions: { code: 'FORBIDDEN' },
            }),
          ],
        },
      },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This account belongs to another account manager');
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← All customers' })).toBeInTheDocument();
  });

  it('says the server cannot be reached when the request does not get through', async () => {
    await renderAccountPage('CUS-000042', [
      {
        request: { query: AccountQuery, variables: { code: 'CUS-000042', ...everything } },
        error: new TypeError('Failed to fetch'),
      },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server cannot be reached');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows a sales viewer the quotes, but no orders, invoices or invoice KPIs', async () => {
    const account = buildAccount();
    // The API answers only what was asked: no salesOrders when withOrders is false.
    const project = omit(account.projects[0]!, 'salesOrders');
    const salesKpis = {
      accountDashboard: {
        __typename: 'AccountDashboard',
        kpis: {
          __typename: 'Kpis',
          quoteConversion: kpis.accountDashboard.kpis.quoteConversion,
          onTimeDelivery: kpis.accountDashboard.kpis.onTimeDelivery,
        },
      },
    };

    await renderAccountPage(
      'CUS-000042',
      [
        accountMock(
          'CUS-000042',
          { withQuotes: true, withOrders: false, withInvoices: false },
          { ...account, projects: [project] },
        ),
        kpisMock({ withInvoices: false, withQuotes: true, withProjects: true }, salesKpis),
      ],
      'SALES',
    );

    const card = await screen.findByRole('region', { name: 'Website relaunch' });
    expect(within(card).getByRole('heading', { name: 'Quotes' })).toBeInTheDocument();
    expect(within(card).getByText('QUO-2026-00012')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'New quote' })).toBeInTheDocument();
    expect(within(card).queryByRole('heading', { name: 'Sales orders' })).not.toBeInTheDocument();
    expect(within(card).queryByText('Invoices')).not.toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'Quote-to-order conversion' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Overdue invoices' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Overdue ageing' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Revenue' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New project' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a delivery viewer a dash for every amount, hidden for its role', async () => {
    const account = buildAccount();
    const [source] = account.projects;
    const [order] = source!.salesOrders;
    // Money fields read as null for delivery, and it reads neither quotes nor invoices.
    const rest = omit(source!, 'quotes');
    const orderRest = omit(order!, 'invoices');
    const project = {
      ...rest,
      budget: null,
      deliveryCost: null,
      salesOrders: [{ ...orderRest, total: null, billedTotal: null, unbilledTotal: null }],
    };
    const deliveryKpis = {
      accountDashboard: {
        __typename: 'AccountDashboard',
        kpis: { __typename: 'Kpis', onTimeDelivery: kpis.accountDashboard.kpis.onTimeDelivery },
      },
    };

    await renderAccountPage(
      'CUS-000042',
      [
        accountMock(
          'CUS-000042',
          { withQuotes: false, withOrders: true, withInvoices: false },
          { ...account, projects: [project] },
        ),
        kpisMock({ withInvoices: false, withQuotes: false, withProjects: true }, deliveryKpis),
      ],
      'DELIVERY',
    );

    const card = await screen.findByRole('region', { name: 'Website relaunch' });
    const hidden = within(card).getAllByLabelText('Hidden for your role');
    // Budget and delivery cost of the project; total, billed and unbilled of its order.
    expect(hidden).toHaveLength(5);
    for (const dash of hidden) expect(dash).toHaveTextContent('—');
    expect(within(card).queryByRole('heading', { name: 'Quotes' })).not.toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Mark delivered' })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'On-time delivery' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
