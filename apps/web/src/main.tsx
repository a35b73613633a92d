import '@mantine/core/styles.css';

import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';

import { createAppRouter } from './app/router';
import { theme } from './app/theme';
import { createApolloClient } from './shared/apollo/createApolloClient';
import { i18n } from './shared/i18n/i18n';

const router = createAppRouter();

const client = createApolloClient({
  onUnauthenticated: () => {
    const { pathname, search } = router.state.location;
    // Public pages: a refused link or password there is explained on the page itself.
    if (pathname === '/login' || pathname === '/set-password') return;

    void router.navigate('/login', { replace: true, state: { from: pathname + search } });
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into.');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
