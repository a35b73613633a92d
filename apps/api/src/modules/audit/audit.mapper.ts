import type { Viewer } from '../../graphql/context';
import { canSeeMoney } from '../access/policy';
import type { AuditRow } from './audit.loader';
import type { AuditEvent } from './audit.types';

/** Fields whose values are money: hidden in the history of a viewer who may not see money. */
const MONEY_FIELDS = new Set(['total', 'amount', 'budget', 'deliveryCost', 'billingPlan']);

export function toAuditEvents(viewer: Viewer, rows: AuditRow[]): AuditEvent[] {
  const showMoney = canSeeMoney(viewer);
  return rows.map((row) => {
    const isHidden = !showMoney && row.field !== null && MONEY_FIELDS.has(row.field);
    return {
      id: row.id,
      occurredAt: row.occurredAt,
      action: row.action,
      field: row.field,
      from: isHidden ? null : row.fromValue,
      to: isHidden ? null : row.toValue,
      reason: row.reason,
      actorId: row.actorId,
      actorTokenId: row.actorTokenId,
    };
  });
}
