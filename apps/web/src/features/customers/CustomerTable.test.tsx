import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { CustomerRowFragment } from '../../gql/graphql';
import { buildAccess } from '../../test/factories';
import { renderWithProviders } from '../../test/renderWithProviders';
import { CustomerTable } from './CustomerTable';

// Testing Library collapses whitespace, so the no-break space Intl puts between a currency and
// its amount reads as a plain space here; formatMoney's own tests pin the exact characters.
function buildCustomer(overrides: Partial<CustomerRowFragment> = {}): CustomerRowFragment {
  return {
    id: 'cus-42',
    code: 'CUS-000042',
    name: 'PT Sinar Jaya',
    currency: 'IDR',
    accountManager: { id: 'user-1', name: 'Ayu Lestari' },
    openAmount: '7500000.00',
    overdueAmount: '2500000.00',
    ...overrides,
  };
}

describe('CustomerTable', () => {
  it('links each customer code to its account page', async () => {
    await renderWithProviders(<CustomerTable customers={[buildCustomer()]} />);

    expect(screen.getByRole('link', { name: 'CUS-000042' })).toHaveAttribute(
      'href',
      '/customers/CUS-000042',
    );
  });

  it('shows the owner and the open and overdue amounts in the customer currency', async () => {
    await renderWithProviders(<CustomerTable customers={[buildCustomer()]} />, { language: 'id' });

    const row = screen.getByRole('row', { name: /CUS-000042/ });
    expect(within(row).getByText('Ayu Lestari')).toBeInTheDocument();
    expect(within(row).getByText('Rp 7.500.000,00')).toBeInTheDocument();
    expect(within(row).getByText('Rp 2.500.000,00')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Lewat jatuh tempo' })).toBeInTheDocument();
  });

  it('hides amounts the viewer may not see', async () => {
    const customer = buildCustomer({ openAmount: null, overdueAmount: null });

    await renderWithProviders(<CustomerTable customers={[customer]} />, {
      access: buildAccess('DELIVERY'),
    });

    const row = screen.getByRole('row', { name: /CUS-000042/ });
    expect(within(row).getAllByLabelText('Hidden for your role')).toHaveLength(2);
  });
});
