import { schema, type Executor } from '@arus/db';
import type { Clock } from '@arus/domain';

import type { Viewer } from '../../graphql/context';

export type AuditEntity = (typeof schema.AUDIT_ENTITIES)[number];

export type AuditAction =
  | 'CREATED'
  | 'STATUS_CHANGED'
  | 'UPDATED'
  | 'DEADLINE_MOVED'
  | 'PROGRESS_SET'
  | 'DELIVERED'
  | 'PLAN_SET';

export interface AuditEntry {
  customerId: string;
  entityType: AuditEntity;
  entityId: string;
  action: AuditAction;
  field?: string;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
}

/**
 * Writes audit rows inside the caller's transaction, so a change and its trace commit or roll
 * back together. `actor` is null for what the system does on its own (the expiry sweep); a change
 * made through an API token is its owner's, with the token kept beside it.
 */
export async function recordAudit(
  tx: Executor,
  clock: Clock,
  actor: Viewer | null,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const occurredAt = clock.now();
  await tx.insert(schema.auditEvents).values(
    entries.map((entry) => ({
      occurredAt,
      actorId: actor?.id ?? null,
      actorTokenId: actor?.tokenId ?? null,
      customerId: entry.customerId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      field: entry.field ?? null,
      fromValue: entry.from ?? null,
      toValue: entry.to ?? null,
      reason: entry.reason ?? null,
    })),
  );
}

/** An entry for each field whose value differs between `before` and `after`. */
export function changedFields<T extends Record<string, unknown>>(
  base: Omit<AuditEntry, 'field' | 'from' | 'to' | 'action'> & { action?: AuditAction },
  before: T,
  after: Partial<T>,
): AuditEntry[] {
  const text = (value: unknown) => {
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) return value.length === 0 ? null : value.join('\n');
    return String(value);
  };
  return Object.entries(after)
    .filter(([field, value]) => value !== undefined && text(value) !== text(before[field]))
    .map(([field, value]) => ({
      action: 'UPDATED' as const,
      ...base,
      field,
      from: text(before[field]),
      to: text(value),
    }));
}
