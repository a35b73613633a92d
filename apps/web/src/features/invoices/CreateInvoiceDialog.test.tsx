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
    buildPlanPart({
      id: 'part-1',
      label: 'Deposit',
      kind: 'DEPOSIT',
      amount: '9000000.00',
      isBilled: true,
    }),
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

// No plan: billed by free amounts.
const orderWithoutPlan = buildSalesOrder({
  billedTotal: '9000000.00',
  unbilledTotal: '21000000.00',
  invoices: [buildInvoice({ status: 'SENT', amount: '9000000.00' })],
});

interface RenderOptions {
  mocks?: MockedProviderProps['mocks'];
  isProjectDelivered?: boolean;
  salesOrder?: typeof order;
}

function renderDialog({
  mocks = [],
  isProjectDelivered = false,
  salesOrder = order,
}: RenderOptions) {
  return renderWithProviders(
    <CreateInvoiceDialog
      order={salesOrder}
      isProjectDelivered={isProjectDelivered}
      onClose={vi.fn()}
    />,
    { wrapper: (children) => <MockedProvider mocks={mocks}>{children}</MockedProvider> },
  );
}

describe('CreateInvoiceDialog', () => {
  it('shows what is still billable and offers only the plan parts not billed yet', async () => {
    await renderDialog({ isProjectDelivered: true });

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

  it('holds the retention back, with the reason, until the project is delivered', async () => {
    await renderDialog({ isProjectDelivered: false });

    const dialog = await screen.findByRole('dialog');
    const retention = within(dialog).getByRole('radio', { name: /^Retention/ });
    expect(retention).toBeDisabled();
    expect(retention).toHaveAccessibleDescription('held until the project is delivered');
    expect(within(dialog).getByRole('radio', { name: /^Launch/ })).toBeChecked();
  });

  it('bills an order with a plan by its parts only, never by a free amount', async () => {
    await renderDialog({ isProjectDelivered: true });

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('textbox', { name: /Amount/ })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('radio', { name: 'An amount' })).not.toBeInTheDocument();
  });

  it('explains an OVERBILLED refusal with its title and the amount still billable, once', async () => {
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
    await renderDialog({ mocks, salesOrder: orderWithoutPlan });

    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Amount/ }), '25000000.00');
    await user.type(within(dialog).getByLabelText(/Due date/), '2026-04-30');
    await user.click(within(dialog).getByRole('button', { name: 'Create invoice' }));

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('More than is left to bill')).toBeInTheDocument();
    expect(within(alert).getByText('Still billable: IDR 21,000,000.00')).toBeInTheDocument();
    expect(within(dialog).getAllByText(/Still billable/)).toHaveLength(1);
    expect(alert).toHaveTextContent('Order SO-2026-0003 has 21000000.00 IDR left to bill.');
  });
});
