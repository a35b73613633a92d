import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';

import { groupByKey, indexByKey } from '../../graphql/batch';

export type AuditRow = typeof schema.auditEvents.$inferSelect;

export function createAuditLoaders(db: Database) {
  return {
    /** The names of API tokens, for the history of changes made through them. */
    apiTokenNameById: new DataLoader<string, string | null>(async (ids) => {
      const rows = await db
        .select({ id: schema.apiTokens.id, name: schema.apiTokens.name })
        .from(schema.apiTokens)
        .where(inArray(schema.apiTokens.id, [...ids]));
      return indexByKey(ids, rows, (row) => row.id).map((row) => row?.name ?? null);
    }),

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
