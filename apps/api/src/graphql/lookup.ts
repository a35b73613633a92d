import { eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

import { validationError } from '@arus/domain';

/** The condition of a root field that finds one row by `id` or by its human-readable `code`. */
export function byIdOrCode(
  columns: { id: PgColumn; code: PgColumn },
  by: { id?: string | null; code?: string | null },
): SQL {
  if (by.id && by.code) throw validationError('code', 'Give either id or code, not both.');
  if (by.id) return eq(columns.id, by.id);
  if (by.code) return eq(columns.code, by.code);
  throw validationError('id', 'Give either id or code.');
}
