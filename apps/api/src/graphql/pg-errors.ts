/**
 * The name of the unique constraint a failed statement ran into, or null. Drizzle wraps the
 * driver's error, so both the error and its cause are looked at.
 */
export function violatedUniqueConstraint(error: unknown): string | null {
  for (let current = error; current instanceof Error; current = current.cause) {
    const pg = current as Error & { code?: string; constraint_name?: string };
    if (pg.code === '23505') return pg.constraint_name ?? '';
  }
  return null;
}
