import { and, eq, inArray, sql } from 'drizzle-orm';

import { schema, type Executor } from '@arus/db';
import { localDateIn, notFound, validationError, type Clock, type LocalDate } from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { assertMay } from '../access/policy';
import { recordAudit } from '../audit/audit.service';
import { accountOf } from '../customers/customer.service';
import type { SalesOrderRow } from '../orders/sales-order.mapper';
import type { ProjectRow } from './project.mapper';
import { assertDeadlineAhead } from './project.service';

/** The statuses whose orders follow their project's deadline. */
const OPEN_ORDER_STATUSES = ['OPEN', 'IN_PROGRESS'] as const;

/** The project, locked; writers always lock the project before its orders, so none deadlock. */
export async function lockProject(tx: Executor, projectId: string): Promise<ProjectRow> {
  const [project] = await tx
    .select()
    .from(schema.projects)
    .where(eq(schema.projects.id, projectId))
    .for('update');
  if (!project) throw notFound('project', projectId);
  return project;
}

/**
 * Moves a project's deadline and, with it, the deadline of each of its open orders, keeping the
 * reason in the audit trail. Returns the project and every order whose deadline moved.
 */
export async function moveProjectDeadline(
  tx: Executor,
  clock: Clock,
  viewer: Viewer,
  project: ProjectRow,
  deadline: LocalDate,
  reason: string,
): Promise<{ project: ProjectRow; movedOrders: SalesOrderRow[] }> {
  const customer = await accountOf(tx, project.customerId);
  assertMay(viewer, 'DELIVERY', customer);
  if (project.deliveredOn !== null) {
    throw validationError(
      'input.deadline',
      `${project.code} was delivered on ${project.deliveredOn}; its deadline is history now.`,
    );
  }
  assertDeadlineAhead(deadline, localDateIn(customer.timeZone, clock.now()));

  const [moved] = await tx
    .update(schema.projects)
    .set({ deadline, version: sql`${schema.projects.version} + 1`, updatedAt: clock.now() })
    .where(eq(schema.projects.id, project.id))
    .returning();
  const movedOrders = await tx
    .update(schema.salesOrders)
    .set({ deadline, version: sql`${schema.salesOrders.version} + 1`, updatedAt: clock.now() })
    .where(
      and(
        eq(schema.salesOrders.projectId, project.id),
        inArray(schema.salesOrders.status, [...OPEN_ORDER_STATUSES]),
      ),
    )
    .returning();
  // The orders' old deadline was the project's: open orders never differ from it.
  const change = {
    action: 'DEADLINE_MOVED' as const,
    from: project.deadline,
    to: deadline,
    reason,
  };
  await recordAudit(tx, clock, viewer, [
    { customerId: project.customerId, entityType: 'PROJECT', entityId: project.id, ...change },
    ...movedOrders.map((order) => ({
      customerId: order.customerId,
      entityType: 'SALES_ORDER' as const,
      entityId: order.id,
      ...change,
    })),
  ]);

  return { project: moved!, movedOrders: movedOrders.sort((a, b) => a.code.localeCompare(b.code)) };
}
