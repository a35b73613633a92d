import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '../../shared/apollo/createApolloClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { CreateUserMutation, UsersQuery } from './admin.operations';
import { UsersPanel } from './UsersPanel';

function buildUser(id: string, name: string, email: string, role: string, isActive = true) {
  return { __typename: 'User', id, name, email, role, isActive };
}

const ayu = buildUser('user-1', 'Ayu Lestari', 'am1@demo.arus', 'ACCOUNT_MANAGER');
const budi = buildUser('user-2', 'Budi Santoso', 'budi@demo.arus', 'SALES', false);
const citra = buildUser('user-3', 'Citra Dewi', 'citra@demo.arus', 'FINANCE');

function usersPage(users: ReturnType<typeof buildUser>[]) {
  return {
    request: { query: UsersQuery, variables: { first: 100 } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          totalCount: users.length,
          edges: users.map((node) => ({ __typename: 'UserEdge', cursor: node.id, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: users.at(-1)?.id },
        },
      },
    },
  };
}

const link = 'http://127.0.0.1:4000/set-password#token=one-time-secret';

const createCitra = {
  request: {
    query: CreateUserMutation,
    variables: { input: { email: 'citra@demo.arus', name: 'Citra Dewi', role: 'FINANCE' } },
  },
  result: {
    data: {
      createUser: {
        __typename: 'UserPayload',
        user: citra,
        passwordLink: {
          __typename: 'PasswordLink',
          url: link,
          expiresAt: '2026-03-08T09:00:00.000Z',
        },
      },
    },
  },
};

function renderPanel(mocks: unknown[]) {
  return renderWithProviders(<UsersPanel />, {
    wrapper: (children) => (
      <MockedProvider mocks={mocks as never} cache={createApolloCache()}>
        {children}
      </MockedProvider>
    ),
  });
}

describe('UsersPanel', () => {
  it('lists every user with e-mail, role and whether they are active', async () => {
    await renderPanel([usersPage([ayu, budi])]);

    const ayuRow = await screen.findByRole('row', { name: /Ayu Lestari/ });
    expect(within(ayuRow).getByText('am1@demo.arus')).toBeInTheDocument();
    expect(within(ayuRow).getByText('Account manager')).toBeInTheDocument();
    expect(within(ayuRow).getByText('Active')).toBeInTheDocument();
    expect(within(ayuRow).getByRole('button', { name: 'Deactivate' })).toBeInTheDocument();
    const budiRow = screen.getByRole('row', { name: /Budi Santoso/ });
    expect(within(budiRow).getByText('Inactive')).toBeInTheDocument();
    expect(within(budiRow).getByRole('button', { name: 'Reactivate' })).toBeInTheDocument();
  });

  it('shows the one-time password link to hand over after creating a user', async () => {
    const user = userEvent.setup();
    await renderPanel([usersPage([ayu]), createCitra, usersPage([ayu, citra])]);

    await user.click(await screen.findByRole('button', { name: 'New user' }));
    const form = await screen.findByRole('dialog', { name: 'New user' });
    await user.type(within(form).getByLabelText(/E-mail/), 'citra@demo.arus');
    await user.type(within(form).getByLabelText(/Name/), 'Citra Dewi');
    await user.selectOptions(within(form).getByLabelText('Role'), 'FINANCE');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));

    const dialog = await screen.findByRole('dialog', { name: 'Password link for Citra Dewi' });
    expect(within(dialog).getByLabelText('Password link')).toHaveValue(link);
    expect(within(dialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(
      within(dialog).getByText(/It works once, and it is not shown again/),
    ).toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /Citra Dewi/ })).toBeInTheDocument();
  });
});
