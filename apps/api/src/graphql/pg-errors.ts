/**
 * The name of the unique constraint a failed statement ran into, or null. Drizzle wraps the
 * driver's error, so both the error and its cause are looked at.
 */
/** Whether PostgreSQL refused a value as malformed for its type (a uuid that is not one). */
export function isMalformedValue(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as Error & { code?: string }).code === '22P02') return true;
  }
  return false;
}

export function violatedUniqueConstraint(error: unknown): string | null {
  for (let current = error; current instanceof Error; current = current.cause) {
    const pg = current as Error & { code?: string; constraint_name?: string };
    if (pg.code === '23505') return pg.constraint_name ?? '';
  }
  return null;
}
