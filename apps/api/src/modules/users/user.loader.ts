import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';

import { indexByKey } from '../../graphql/batch';
import type { User } from './user.types';

export function createUserLoaders(db: Database) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => {
      const rows = await db
        .select({
          id: schema.users.id,
          email: schema.users.email,
          name: schema.users.name,
          role: schema.users.role,
        })
        .from(schema.users)
        .where(inArray(schema.users.id, [...ids]));
      return indexByKey(ids, rows, (row) => row.id);
    }),
  };
}
