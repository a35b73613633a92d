import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';

import type { QuoteRowFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { QuoteFormDialog } from './QuoteFormDialog';
import { UpdateQuoteMutation } from './quotes.operations';

// Stands in for the account page: the query on screen that the dialog's reload fetches again.
const DraftQuoteQuery = gql`
  query DraftQuote {
    quote(id: "quo-5") {
      id
      code
      status
      total
      currency
      validUntil
      version
      actions
    }
  }
`;

function buildDraft(overrides: Partial<QuoteRowFragment>) {
  return {
    __typename: 'Quote',
    id: 'quo-5',
    code: 'QUO-2026-00005',
    status: 'DRAFT',
    total: '200000000.00',
    currency: 'IDR',
    validUntil: '2026-05-31',
    version: 1,
    actions: ['EDIT', 'SEND'],
    ...overrides,
  };
}

function EditDraft({ onClose }: { onClose: () => void }) {
  const { data } = useQuery<{ quote: QuoteRowFragment }>(DraftQuoteQuery);
  if (!data) return null;

  return <QuoteFormDialog quote={data.quote} currency="IDR" onClose={onClose} />;
}

function updateMock(version: number, total: string, result: object) {
  return {
    request: {
      query: UpdateQuoteMutation,
      variables: { input: { quoteId: 'quo-5', version, total, validUntil: '2026-05-31' } },
    },
    result,
  };
}

describe('QuoteFormDialog', () => {
  it('starts over from the saved quote when a stale edit is refused and reloaded', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    // Someone else saved 187654321.17 as version 2 while this form was open on version 1.
    const mocks: MockedProviderProps['mocks'] = [
      { request: { query: DraftQuoteQuery }, result: { data: { quote: buildDraft({}) } } },
      updateMock(1, '150000000.00', {
        errors: [
          new GraphQLError('QUO-2026-00005 was changed by someone else since you opened it.', {
            extensions: { code: 'CONFLICT' },
          }),
        ],
      }),
      {
        request: { query: DraftQuoteQuery },
        result: { data: { quote: buildDraft({ total: '187654321.17', version: 2 }) } },
      },
      updateMock(2, '187654321.17', {
        data: { updateQuote: { __typename: 'QuotePayload', quote: { id: 'quo-5', version: 3 } } },
      }),
      {
        request: { query: DraftQuoteQuery },
        result: { data: { quote: buildDraft({ total: '187654321.17', version: 3 }) } },
      },
    ];
    await renderWithProviders(<EditDraft onClose={onClose} />, {
      wrapper: (children) => <MockedProvider mocks={mocks}>{children}</MockedProvider>,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Edit draft quote' });
    const total = within(dialog).getByRole('textbox', { name: /Total/ });

    await user.clear(total);
    await user.type(total, '150000000.00');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));

    await waitFor(() => expect(total).toHaveValue('187654321.17'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
