import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the browser tab after the page. It rewrites the one <title> of index.html: a <title>
 * element rendered by a page would be hoisted beside it, and the document would have two.
 */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.pageTitle', { page });

  useEffect(() => {
    document.title = title;
  }, [title]);
}
