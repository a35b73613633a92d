/** Orders batched rows by the keys a DataLoader asked for, one list per key. */
export function groupByKey<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** One row per key, or null where none was found. */
export function indexByKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string) {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}
