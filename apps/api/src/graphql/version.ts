import { ArusError } from '@arus/domain';

/** The row changed since the editor loaded it: refuse rather than overwrite someone's work. */
export function staleVersion(what: string, code: string): ArusError {
  return new ArusError(
    'CONFLICT',
    `${code} was changed by someone else since you opened this ${what}; reload it and apply your change again.`,
  );
}
