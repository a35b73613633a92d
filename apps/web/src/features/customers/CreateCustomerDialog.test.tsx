import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { buildAccess } from '../../test/factories';
import { renderWithProviders } from '../../test/renderWithProviders';
import { ViewerQuery } from '../auth/auth.operations';
import { CreateCustomerDialog } from './CreateCustomerDialog';
import { AccountManagersQuery } from './customers.operations';

const person = (id: string, name: string, role: string) => ({
  __typename: 'User',
  id,
  name,
  email: `${id}@demo.arus`,
  role,
});

const managers = {
  request: { query: AccountManagersQuery },
  result: {
    data: {
      accountManagers: [
        person('user-0', 'Ayu Pratiwi', 'ADMIN'),
        person('user-1', 'Budi Santoso', 'ACCOUNT_MANAGER'),
        person('user-2', 'Sari Wulandari', 'ACCOUNT_MANAGER'),
      ],
    },
  },
};

function viewerMock(id: string, name: string, role: 'ADMIN' | 'ACCOUNT_MANAGER') {
  return {
    request: { query: ViewerQuery },
    result: {
      data: {
        viewer: { __typename: 'User', id, name, role },
        viewerAccess: { __typename: 'ViewerAccess', ...buildAccess(role) },
      },
    },
  };
}

function renderDialog(mocks: unknown[]) {
  return renderWithProviders(<CreateCustomerDialog opened onClose={vi.fn()} />, {
    wrapper: (children) => <MockedProvider mocks={mocks as never}>{children}</MockedProvider>,
  });
}

describe('CreateCustomerDialog', () => {
  it('offers an account manager only themselves as the owner, chosen already', async () => {
    await renderDialog([viewerMock('user-1', 'Budi Santoso', 'ACCOUNT_MANAGER'), managers]);

    const owner = await screen.findByRole('combobox', { name: /Account manager/ });
    await within(owner).findByRole('option', { name: /Budi Santoso/ });
    expect(owner).toHaveValue('user-1');
    expect(owner).toBeDisabled();
    expect(within(owner).queryByRole('option', { name: /Sari Wulandari/ })).toBeNull();
  });

  it('offers an admin every active account manager and admin', async () => {
    await renderDialog([viewerMock('user-0', 'Ayu Pratiwi', 'ADMIN'), managers]);

    const owner = await screen.findByRole('combobox', { name: /Account manager/ });
    await within(owner).findByRole('option', { name: 'Sari Wulandari (Account manager)' });
    expect(within(owner).getByRole('option', { name: 'Ayu Pratiwi (Admin)' })).toBeInTheDocument();
    expect(owner).toHaveValue('');
  });
});
