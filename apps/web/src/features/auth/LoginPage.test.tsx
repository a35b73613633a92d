import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { LoginMutation } from './auth.operations';
import { LoginPage } from './LoginPage';

describe('LoginPage', () => {
  it('says there were too many attempts, with the way out the API gives', async () => {
    const user = userEvent.setup();
    const message =
      'Too many failed sign-ins; wait 15 minutes, or ask an admin for a password link.';
    const mocks = [
      {
        request: {
          query: LoginMutation,
          variables: { email: 'am1@demo.arus', password: 'wrong' },
        },
        result: {
          errors: [new GraphQLError(message, { extensions: { code: 'RATE_LIMITED' } })],
        },
      },
    ];

    await renderWithProviders(<LoginPage />, {
      wrapper: (children) => <MockedProvider mocks={mocks}>{children}</MockedProvider>,
    });
    await user.type(screen.getByLabelText(/^Email/), 'am1@demo.arus');
    await user.type(screen.getByLabelText(/^Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts');
    expect(alert).toHaveTextContent(message);
  });
});
