import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';

import { theme } from '../app/theme';
import { AccessProvider, type Access } from '../shared/access/access';
import { i18n, type Language } from '../shared/i18n/i18n';
import { buildAccess } from './factories';

interface RenderOptions {
  language?: Language;
  /** Wraps the tree inside the router, e.g. with Apollo's MockedProvider. */
  wrapper?: (children: ReactNode) => ReactElement;
  route?: string;
  /** What the viewer may see and do; an admin's access unless a test says otherwise. */
  access?: Access;
}

export async function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const {
    language = 'en',
    wrapper = (children) => <>{children}</>,
    route = '/',
    access = buildAccess('ADMIN'),
  } = options;
  await i18n.changeLanguage(language);

  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <AccessProvider access={access}>
          <MemoryRouter initialEntries={[route]}>{wrapper(ui)}</MemoryRouter>
        </AccessProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}
