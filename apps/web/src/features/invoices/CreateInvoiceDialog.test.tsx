import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';

import { buildInvoice, buildPlanPart, buildSalesOrder } from '../../test/factories';
import { renderWithProviders } from '../../test/renderWithProviders';
import { CreateInvoiceDialog } from './CreateInvoiceDialog';
import { CreateInvoiceMutation } from './invoices.operations';

// Accessible names keep the no-break space Intl puts after the currency, hence \s in the names.
// Deposit billed by a sent invoice; the milestone and the retention are still open.
const order = buildSalesOrder({
  billedTotal: '9000000.00',
  unbilledTotal: '21000000.00',
  billingPlan: [
    buildPlanPart({ id: 'part-1', label: 'Deposit', kind: 'DEPOSIT', amount: '9000000.00' }),
    buildPlanPart({
      id: 'part-2',
      position: 2,
      label: 'Launch',
      kind: 'MILESTONE',
      percentage: '65',
      amount: '19500000.00',
    }),
    buildPlanPart({
      id: 'part-3',
      position: 3,
      label: 'Retention',
      kind: 'RETENTION',
      percentage: '5',
      amount: '1500000.00',
    }),
  ],
  invoices: [buildInvoice({ planPartId: 'part-1', status: 'SENT', amount: '9000000.00' })],
});

function renderDialog(mocks: MockedProviderProps['mocks'] = []) {
  return renderWithProviders(<CreateInvoiceDialog order={order} onClose={vi.fn()} />, {
    wrapper: (children) => <MockedProvider mocks={mocks}>{children}</MockedProvider>,
  });
}

describe('CreateInvoiceDialog', () => {
  it('shows what is still billable and offers only the plan parts not billed yet', async () => {
    await renderDialog();

    const dialog = await screen.findByRole('dialog', {
      name: 'Create an invoice for SO-2026-0003',
    });
    expect(within(dialog).getByText('Still billable: IDR 21,000,000.00')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('radio', { name: /^Launch \(Milestone\): IDR\s19,500,000\.00$/ }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('radio', { name: /^Retention \(Retention\): IDR\s1,500,000\.00$/ }),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('radio', { name: /Deposit/ })).not.toBeInTheDocument();
  });

  it('explains an OVERBILLED refusal with its title and the amount still billable', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: {
          query: CreateInvoiceMutation,
          variables: {
            input: {
              salesOrderId: 'so-3',
              dueDate: '2026-04-30',
              issueDate: null,
              amount: '25000000.00',
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('Order SO-2026-0003 has 21000000.00 IDR left to bill.', {
              extensions: { code: 'OVERBILLED', billable: '21000000.00' },
            }),
          ],
        },
      },
    ];
    await renderDialog(mocks);

    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'An amount' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Amount/ }), '25000000.00');
    await user.type(within(dialog).getByLabelText(/Due date/), '2026-04-30');
    await user.click(within(dialog).getByRole('button', { name: 'Create invoice' }));

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('More than is left to bill')).toBeInTheDocument();
    expect(within(alert).getByText('Still billable: IDR 21,000,000.00')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Order SO-2026-0003 has 21000000.00 IDR left to bill.');
  });
});
