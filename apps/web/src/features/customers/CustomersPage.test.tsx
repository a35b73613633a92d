import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '../../shared/apollo/createApolloClient';
import { buildAccess } from '../../test/factories';
import { renderWithProviders } from '../../test/renderWithProviders';
import { ViewerQuery } from '../auth/auth.operations';
import { CustomersPage } from './CustomersPage';
import { AccountDirectoryQuery, CustomersQuery } from './customers.operations';

function buildEdge(number: number) {
  const code = `CUS-${String(number).padStart(6, '0')}`;

  return {
    __typename: 'CustomerEdge',
    cursor: `cursor-${number}`,
    node: {
      __typename: 'Customer',
      id: `cus-${number}`,
      code,
      name: `Customer ${number}`,
      currency: 'IDR',
      accountManager: { __typename: 'User', id: 'user-1', name: 'Ayu Lestari' },
      openAmount: '0.00',
      overdueAmount: '0.00',
    },
  };
}

function buildPage(numbers: number[], hasNextPage: boolean) {
  return {
    customers: {
      __typename: 'CustomerConnection',
      totalCount: 3,
      edges: numbers.map(buildEdge),
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage,
        endCursor: `cursor-${numbers.at(-1)}`,
      },
    },
  };
}

describe('CustomersPage', () => {
  it('appends the next page below the first when loading more', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: { query: CustomersQuery, variables: { first: 50 } },
        result: { data: buildPage([1, 2], true) },
      },
      {
        request: { query: CustomersQuery, variables: { first: 50, after: 'cursor-2' } },
        result: { data: buildPage([3], false) },
      },
    ];

    await renderWithProviders(<CustomersPage />, {
      wrapper: (children) => (
        <MockedProvider mocks={mocks} cache={createApolloCache()}>
          {children}
        </MockedProvider>
      ),
    });
    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'CUS-000003' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CUS-000001' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CUS-000002' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New customer' })).toBeInTheDocument();
  });

  it('says the server cannot be reached when the list cannot be loaded', async () => {
    const mocks = [
      {
        request: { query: CustomersQuery, variables: { first: 50 } },
        error: new Error('Failed to fetch'),
      },
    ];

    await renderWithProviders(<CustomersPage />, {
      wrapper: (children) => <MockedProvider mocks={mocks}>{children}</MockedProvider>,
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('gives an account manager every account in a second tab, linking only their own', async () => {
    const user = userEvent.setup();
    const owner = (id: string, name: string) => ({ __typename: 'User', id, name });
    const entry = (number: number, manager: ReturnType<typeof owner>) => ({
      __typename: 'DirectoryEntryEdge',
      cursor: `cursor-${number}`,
      node: {
        __typename: 'DirectoryEntry',
        id: `cus-${number}`,
        code: `CUS-00000${number}`,
        name: `Customer ${number}`,
        accountManager: manager,
      },
    });
    const mocks = [
      {
        request: { query: ViewerQuery },
        result: {
          data: {
            viewer: {
              __typename: 'User',
              id: 'user-1',
              name: 'Ayu Lestari',
              role: 'ACCOUNT_MANAGER',
            },
            viewerAccess: { __typename: 'ViewerAccess', ...buildAccess('ACCOUNT_MANAGER') },
          },
        },
      },
      {
        request: { query: CustomersQuery, variables: { first: 50 } },
        result: { data: buildPage([1], false) },
      },
      {
        request: { query: AccountDirectoryQuery, variables: { first: 50 } },
        result: {
          data: {
            accountDirectory: {
              __typename: 'DirectoryEntryConnection',
              totalCount: 2,
              edges: [
                entry(1, owner('user-1', 'Ayu Lestari')),
                entry(2, owner('user-2', 'Bayu Pratama')),
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'cursor-2' },
            },
          },
        },
      },
    ];

    await renderWithProviders(<CustomersPage />, {
      access: buildAccess('ACCOUNT_MANAGER'),
      wrapper: (children) => (
        <MockedProvider mocks={mocks} cache={createApolloCache()}>
          {children}
        </MockedProvider>
      ),
    });
    await user.click(await screen.findByRole('tab', { name: 'All accounts' }));

    const other = await screen.findByRole('row', { name: /CUS-000002/ });
    expect(within(other).getByText('Bayu Pratama')).toBeInTheDocument();
    expect(within(other).queryByRole('link')).not.toBeInTheDocument();
    const own = screen.getByRole('row', { name: /CUS-000001/ });
    expect(within(own).getByRole('link', { name: 'CUS-000001' })).toBeInTheDocument();
  });
});
