import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';

import { groupByKey } from '../../graphql/batch';

export type AuditRow = typeof schema.auditEvents.$inferSelect;

export function createAuditLoaders(db: Database) {
  return {
    auditEventsByEntityId: new DataLoader<string, AuditRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(schema.auditEvents)
        .where(inArray(schema.auditEvents.entityId, [...ids]))
        .orderBy(asc(schema.auditEvents.occurredAt), asc(schema.auditEvents.sequence));
      return groupByKey(ids, rows, (row) => row.entityId);
    }),
  };
}
