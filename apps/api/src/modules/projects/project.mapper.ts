import type { schema } from '@arus/db';

import type { Viewer } from '../../graphql/context';
import { moneyOut } from '../../graphql/money';
import type { Project } from './project.types';

export type ProjectRow = typeof schema.projects.$inferSelect;

/** A project row as the viewer may read it; money is in its account's currency. */
export function toProject(viewer: Viewer, row: ProjectRow, currency: string): Project {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    deadline: row.deadline,
    deliveredOn: row.deliveredOn,
    budget: row.budget === null ? null : moneyOut(viewer, row.budget, currency),
    deliveryCost: row.deliveryCost === null ? null : moneyOut(viewer, row.deliveryCost, currency),
    currency,
    scopeNote: row.scopeNote,
    documentLinks: row.documentLinks,
    version: row.version,
    customerId: row.customerId,
  };
}
