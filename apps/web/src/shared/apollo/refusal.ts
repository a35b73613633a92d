import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Why the API refused a change, as far as the UI needs to explain it. */
export interface Refusal {
  code: string | undefined;
  message: string;
  extensions: Record<string, unknown>;
}

export function refusalOf(error: unknown): Refusal {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;

    return { code, message: first?.message ?? error.message, extensions };
  }

  const message = error instanceof Error ? error.message : String(error);
  return { code: undefined, message, extensions: {} };
}

export function stringExtension(refusal: Refusal, name: string): string | undefined {
  const value = refusal.extensions[name];
  return typeof value === 'string' ? value : undefined;
}
