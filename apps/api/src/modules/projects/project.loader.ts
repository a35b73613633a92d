import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';

import { groupByKey, indexByKey } from '../../graphql/batch';
import type { ProjectRow } from './project.mapper';

export function createProjectLoaders(db: Database) {
  return {
    projectById: new DataLoader<string, ProjectRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(schema.projects)
        .where(inArray(schema.projects.id, [...ids]));
      return indexByKey(ids, rows, (row) => row.id);
    }),

    projectsByCustomerId: new DataLoader<string, ProjectRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(schema.projects)
        .where(inArray(schema.projects.customerId, [...ids]))
        .orderBy(asc(schema.projects.code));
      return groupByKey(ids, rows, (row) => row.customerId);
    }),
  };
}
