import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { InvoiceRowFragment } from '../../gql/graphql';
import type { Access } from '../../shared/access/access';
import { buildAccess, buildInvoice } from '../../test/factories';
import { renderWithProviders } from '../../test/renderWithProviders';
import { InvoiceTable } from './InvoiceTable';

// Testing Library collapses whitespace, so the no-break space Intl puts between a currency and
// its amount reads as a plain space here; formatMoney's own tests pin the exact characters.
function renderTable(
  invoices: InvoiceRowFragment[],
  language: 'en' | 'id' = 'en',
  access?: Access,
) {
  return renderWithProviders(<InvoiceTable invoices={invoices} />, {
    language,
    access,
    wrapper: (children) => <MockedProvider>{children}</MockedProvider>,
  });
}

describe('InvoiceTable', () => {
  it('names the invoice that re-issued a rejected one, as the re-issue names its original', async () => {
    const invoices = [
      buildInvoice({
        id: 'inv-1',
        number: 'INV-2026-00001',
        status: 'REJECTED',
        rejectionReason: 'Wrong tax id',
        reissuedBy: { id: 'inv-2', number: 'INV-2026-00002' },
      }),
      buildInvoice({
        id: 'inv-2',
        number: 'INV-2026-00002',
        reissueOf: { id: 'inv-1', number: 'INV-2026-00001' },
      }),
    ];

    await renderTable(invoices);

    const rejectedRow = screen.getByRole('row', { name: /^INV-2026-00001/ });
    const reissueRow = screen.getByRole('row', { name: /^INV-2026-00002/ });
    expect(within(rejectedRow).getByText('Re-issued as INV-2026-00002')).toBeInTheDocument();
    expect(within(reissueRow).getByText('Re-issues INV-2026-00001')).toBeInTheDocument();
  });

  it('marks only the overdue invoice as overdue', async () => {
    const invoices = [
      buildInvoice({ id: 'inv-1', number: 'INV-2026-00001', isOverdue: true }),
      buildInvoice({ id: 'inv-2', number: 'INV-2026-00002', status: 'COMPLETED' }),
    ];

    await renderTable(invoices);

    const overdueRow = screen.getByRole('row', { name: /INV-2026-00001/ });
    const paidRow = screen.getByRole('row', { name: /INV-2026-00002/ });
    expect(within(overdueRow).getByText('Overdue')).toBeInTheDocument();
    expect(within(paidRow).queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('shows the translated status, the due date and the exact amount in English', async () => {
    await renderTable([buildInvoice()]);

    const row = screen.getByRole('row', { name: /INV-2026-00001/ });
    expect(within(row).getByText('Sent')).toBeInTheDocument();
    expect(within(row).getByText('Mar 3, 2026')).toBeInTheDocument();
    expect(within(row).getByText('IDR 1,250,000.00')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Due' })).toBeInTheDocument();
  });

  it('speaks Bahasa Indonesia when that language is chosen', async () => {
    await renderTable([buildInvoice({ isOverdue: true })], 'id');

    const row = screen.getByRole('row', { name: /INV-2026-00001/ });
    expect(within(row).getByText('Terkirim')).toBeInTheDocument();
    expect(within(row).getByText('Lewat jatuh tempo')).toBeInTheDocument();
    expect(within(row).getByText('3 Mar 2026')).toBeInTheDocument();
    expect(within(row).getByText('Rp 1.250.000,00')).toBeInTheDocument();
  });

  it('hides an amount the viewer may not see instead of showing zero', async () => {
    // An API token's owner may read invoices without seeing money.
    const access = { ...buildAccess('FINANCE'), seesMoney: false };

    await renderTable([buildInvoice({ amount: null })], 'en', access);

    const row = screen.getByRole('row', { name: /INV-2026-00001/ });
    expect(within(row).getByLabelText('Hidden for your role')).toHaveTextContent('—');
    expect(within(row).queryByText(/IDR/)).not.toBeInTheDocument();
  });

  it('says so when the order has no invoices yet', async () => {
    await renderTable([]);

    expect(screen.getByText('Not billed yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
