import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { buildInvoice } from '../../test/factories';
import { renderWithProviders } from '../../test/renderWithProviders';
import { InvoiceActions } from './InvoiceActions';
import { RejectInvoiceMutation } from './invoices.operations';

function renderActions(
  actions: ReturnType<typeof buildInvoice>['actions'],
  mocks: MockedProviderProps['mocks'] = [],
) {
  return renderWithProviders(<InvoiceActions invoice={buildInvoice({ actions })} />, {
    wrapper: (children) => <MockedProvider mocks={mocks}>{children}</MockedProvider>,
  });
}

describe('InvoiceActions', () => {
  it('shows a button for each move the API allows and none for the others', async () => {
    await renderActions(['START_PROCESSING', 'REJECT']);

    expect(screen.getByRole('button', { name: 'Start processing' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reject' })).toBeInTheDocument();
    for (const name of ['Send', 'Mark paid', 'Void', 'Re-issue']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('shows nothing when no move is allowed', async () => {
    await renderActions([]);

    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('asks for a reason before rejecting, and sends the one given', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: {
          query: RejectInvoiceMutation,
          variables: { id: 'inv-1', reason: 'Wrong tax id' },
        },
        result: {
          data: {
            rejectInvoice: {
              __typename: 'InvoicePayload',
              invoice: { __typename: 'Invoice', id: 'inv-1', status: 'REJECTED' },
            },
          },
        },
      },
    ];
    await renderActions(['REJECT'], mocks);

    await user.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject invoice INV-2026-00001' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));

    expect(
      within(dialog).getByText('Say why: the reason is kept in the history'),
    ).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Wrong tax id');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));

    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
  });
});
