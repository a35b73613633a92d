import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { CreateApiTokenMutation, UsersQuery } from './admin.operations';
import { CreateApiTokenDialog } from './CreateApiTokenDialog';

const finance = {
  __typename: 'User',
  id: 'user-5',
  name: 'Fajar Finance',
  email: 'finance@demo.arus',
  role: 'FINANCE',
  isActive: true,
};

const users = {
  request: { query: UsersQuery, variables: { first: 100 } },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        totalCount: 1,
        edges: [{ __typename: 'UserEdge', cursor: 'user-5', node: finance }],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'user-5' },
      },
    },
  },
};

const secret = 'arus_tok_5Hq9t2ZbVw';

const createToken = {
  request: {
    query: CreateApiTokenMutation,
    variables: {
      input: { name: 'BI dashboard', ownerId: 'user-5', scope: ['INVOICES'], expiresOn: null },
    },
  },
  result: {
    data: {
      createApiToken: {
        __typename: 'ApiTokenPayload',
        secret,
        apiToken: {
          __typename: 'ApiToken',
          id: 'tok-1',
          name: 'BI dashboard',
          owner: { __typename: 'User', id: 'user-5', name: 'Fajar Finance' },
          scope: ['INVOICES'],
          createdAt: '2026-03-01T09:00:00.000Z',
          expiresAt: '2026-05-30T17:00:00.000Z',
          lastUsedAt: null,
          revokedAt: null,
          isActive: true,
        },
      },
    },
  },
};

describe('CreateApiTokenDialog', () => {
  it('shows the secret once, with a copy button and a warning, after creating the token', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    await renderWithProviders(<CreateApiTokenDialog onClose={onClose} />, {
      wrapper: (children) => (
        <MockedProvider mocks={[users, createToken, users]}>{children}</MockedProvider>
      ),
    });

    const form = await screen.findByRole('dialog', { name: 'New API token' });
    await user.type(within(form).getByLabelText(/^Name/), 'BI dashboard');
    await within(form).findByRole('option', { name: 'Fajar Finance (Finance)' });
    await user.selectOptions(within(form).getByLabelText(/^Owner/), 'user-5');
    await user.click(within(form).getByRole('checkbox', { name: 'Invoices' }));
    await user.click(within(form).getByRole('button', { name: 'Create token' }));

    const dialog = await screen.findByRole('dialog', { name: "The new token's secret" });
    expect(within(dialog).getByLabelText('Secret')).toHaveValue(secret);
    expect(within(dialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(within(dialog).getByText('It will not be shown again')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalled();
  });
});
