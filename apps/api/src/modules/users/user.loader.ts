import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';

import { indexByKey } from '../../graphql/batch';
import type { User } from './user.types';

export type UserRow = typeof schema.users.$inferSelect;

/** The columns a User is read from; never the password hash. */
export const USER_COLUMNS = {
  id: schema.users.id,
  email: schema.users.email,
  name: schema.users.name,
  role: schema.users.role,
  isActive: schema.users.isActive,
};

export function createUserLoaders(db: Database) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => {
      const rows = await db
        .select(USER_COLUMNS)
        .from(schema.users)
        .where(inArray(schema.users.id, [...ids]));
      return indexByKey(ids, rows, (row) => row.id);
    }),
  };
}
