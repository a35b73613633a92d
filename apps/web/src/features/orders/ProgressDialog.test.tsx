import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { ProgressDialog } from './ProgressDialog';

describe('ProgressDialog', () => {
  it.each(['-1', '101'])('refuses %s with a field error instead of changing it', async (typed) => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    await renderWithProviders(
      <ProgressDialog salesOrderId="so-3" progress={40} onClose={onClose} />,
      { wrapper: (children) => <MockedProvider mocks={[]}>{children}</MockedProvider> },
    );
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByRole('textbox', { name: /Progress/ });

    await user.clear(input);
    await user.type(input, typed);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(input).toHaveValue(`${typed}%`);
    expect(within(dialog).getByText('A whole number from 0 to 100')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
