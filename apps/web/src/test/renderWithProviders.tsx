import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';

import { theme } from '../app/theme';
import { i18n, type Language } from '../shared/i18n/i18n';

interface RenderOptions {
  language?: Language;
  /** Wraps the tree inside the router, e.g. with Apollo's MockedProvider. */
  wrapper?: (children: ReactNode) => ReactElement;
  route?: string;
}

export async function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const { language = 'en', wrapper = (children) => <>{children}</>, route = '/' } = options;
  await i18n.changeLanguage(language);

  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <MemoryRouter initialEntries={[route]}>{wrapper(ui)}</MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
}
