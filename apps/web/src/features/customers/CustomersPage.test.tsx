import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '../../shared/apollo/createApolloClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { ViewerQuery } from '../auth/auth.operations';
import { CustomersPage } from './CustomersPage';
import { CustomersQuery } from './customers.operations';

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

const viewer = {
  request: { query: ViewerQuery },
  result: {
    data: { viewer: { __typename: 'User', id: 'user-1', name: 'Ayu Lestari', role: 'SALES' } },
  },
};

describe('CustomersPage', () => {
  it('appends the next page below the first when loading more', async () => {
    const user = userEvent.setup();
    const mocks = [
      viewer,
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

  it('shows the error message when the list cannot be loaded', async () => {
    const mocks = [
      viewer,
      {
        request: { query: CustomersQuery, variables: { first: 50 } },
        error: new Error('Failed to fetch'),
      },
    ];

    await renderWithProviders(<CustomersPage />, {
      wrapper: (children) => <MockedProvider mocks={mocks}>{children}</MockedProvider>,
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
