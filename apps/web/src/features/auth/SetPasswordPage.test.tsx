import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { SetPasswordMutation } from './auth.operations';
import { SetPasswordPage } from './SetPasswordPage';

const goodPassword = 'correct horse battery';

function renderPage(mocks: MockedProviderProps['mocks'] = [], hash = '#token=link-secret') {
  return renderWithProviders(
    <Routes>
      <Route path="/set-password" element={<SetPasswordPage />} />
      <Route path="/customers" element={<p>Customers page</p>} />
    </Routes>,
    {
      route: `/set-password${hash}`,
      wrapper: (children) => <MockedProvider mocks={mocks}>{children}</MockedProvider>,
    },
  );
}

describe('SetPasswordPage', () => {
  it('asks for at least 12 characters and the same password twice', async () => {
    const user = userEvent.setup();
    await renderPage();

    await user.type(screen.getByLabelText(/^New password\W*$/), 'short');
    await user.type(screen.getByLabelText(/^New password again/), 'shorter');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    expect(screen.getByText('At least 12 characters')).toBeInTheDocument();
    expect(screen.getByText('The two passwords differ')).toBeInTheDocument();
  });

  it('sets the password with the token of the link and goes to the customers', async () => {
    const user = userEvent.setup();
    await renderPage([
      {
        request: {
          query: SetPasswordMutation,
          variables: { token: 'link-secret', password: goodPassword },
        },
        result: {
          data: {
            setPassword: { __typename: 'LoginPayload', user: { __typename: 'User', id: 'u' } },
          },
        },
      },
    ]);

    await user.type(screen.getByLabelText(/^New password\W*$/), goodPassword);
    await user.type(screen.getByLabelText(/^New password again/), goodPassword);
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    expect(await screen.findByText('Customers page')).toBeInTheDocument();
  });

  it('says clearly when the link was used already or has expired', async () => {
    const user = userEvent.setup();
    const message =
      'This password link is unknown, used already or expired; ask an admin for a new one.';
    await renderPage([
      {
        request: {
          query: SetPasswordMutation,
          variables: { token: 'link-secret', password: goodPassword },
        },
        result: {
          errors: [
            new GraphQLError(message, { extensions: { code: 'VALIDATION', field: 'token' } }),
          ],
        },
      },
    ]);

    await user.type(screen.getByLabelText(/^New password\W*$/), goodPassword);
    await user.type(screen.getByLabelText(/^New password again/), goodPassword);
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link cannot be used');
    expect(alert).toHaveTextContent(message);
  });

  it('explains a link without its token', async () => {
    await renderPage([], '');

    expect(screen.getByRole('alert')).toHaveTextContent('This link is incomplete');
    expect(screen.getByRole('button', { name: 'Set password and sign in' })).toBeDisabled();
  });
});
