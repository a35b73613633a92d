import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';

interface Versioned {
  version: number;
}

interface VersionedValuesOptions {
  /** Called once the form has started over from the reloaded document. */
  onReloaded?: () => void;
}

/**
 * Form values kept together with the version of the document they were read from. A save sends
 * that version, never the one on screen now: the page behind an open form may reload at any time,
 * and pairing the old values with a newer version would overwrite someone else's change without a
 * CONFLICT. `reload` fetches the document again and starts the form over from the fresh values.
 */
export function useVersionedValues<TDocument extends Versioned, TValues>(
  document: TDocument,
  valuesOf: (document: TDocument) => TValues,
  { onReloaded }: VersionedValuesOptions = {},
) {
  const client = useApolloClient();
  const [form, setForm] = useState(() => ({
    version: document.version,
    values: valuesOf(document),
  }));
  const [isReloading, setReloading] = useState(false);
  const [isReloaded, setReloaded] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);

  // Once the reload has answered, the props carry the fresh document: start over from it.
  if (isReloaded) {
    setReloaded(false);
    setForm({ version: document.version, values: valuesOf(document) });
    onReloaded?.();
  }

  const setValues = useCallback(
    (values: TValues) => setForm((current) => ({ ...current, values })),
    [],
  );

  const reload = useCallback(async () => {
    setReloading(true);
    setReloadError(null);
    try {
      await client.refetchQueries({ include: 'active' });
      setReloaded(true);
    } catch (caught) {
      // The form keeps its values and version, so saving still answers CONFLICT: nothing is lost.
      setReloadError(caught);
    } finally {
      setReloading(false);
    }
  }, [client]);

  return {
    values: form.values,
    version: form.version,
    setValues,
    reload,
    isReloading,
    reloadError,
  };
}
