import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import {
  formatAmount,
  isBillingInvoice,
  parseStoredAmount,
  salesOrderActions,
  type SalesOrderAction,
} from '@arus/domain';

import type { Context, Viewer } from '../../graphql/context';
import { sumStored } from '../../graphql/money';
import { DecimalScalar } from '../../graphql/scalars';
import {
  assertReads,
  canRead,
  hasRight,
  maskMoney,
  readableList,
  requireViewer,
} from '../access/policy';
import { toAuditEvents } from '../audit/audit.mapper';
import { AuditEvent } from '../audit/audit.types';
import { toInvoice } from '../invoices/invoice.mapper';
import { Invoice } from '../invoices/invoice.types';
import { toProject, type ProjectRow } from '../projects/project.mapper';
import { Project } from '../projects/project.types';
import { toQuote } from '../quotes/quote.mapper';
import { Quote } from '../quotes/quote.types';
import { toBillingPlanPart, toSalesOrder, type SalesOrderRow } from './sales-order.mapper';
import { SalesOrderPayload } from './sales-order.payload';
import {
  cancelSalesOrder,
  findSalesOrder,
  fulfillSalesOrder,
  setBillingPlan,
  updateSalesOrderDeadline,
  updateSalesOrderProgress,
} from './sales-order.service';
import {
  BillingPlanPart,
  SalesOrder,
  SalesOrderActionEnum,
  SetBillingPlanInput,
  UpdateSalesOrderDeadlineInput,
  UpdateSalesOrderProgressInput,
} from './sales-order.types';

/** Which of an order's actions each role group may take. */
const DELIVERY_ACTIONS: ReadonlySet<SalesOrderAction> = new Set([
  'SET_PROGRESS',
  'MOVE_DEADLINE',
  'FULFILL',
]);

@Resolver(() => SalesOrder)
export class SalesOrderResolver {
  @Query(() => SalesOrder, { nullable: true })
  async salesOrder(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    const viewer = requireViewer(context);

    const order = await findSalesOrder(context.db, viewer, id);

    return order && toSalesOrder(viewer, order);
  }

  @Mutation(() => SalesOrderPayload, {
    description:
      "Moves an open order's deadline, which moves its project and the project's other open orders too.",
  })
  async updateSalesOrderDeadline(
    @Arg('input', () => UpdateSalesOrderDeadlineInput) input: UpdateSalesOrderDeadlineInput,
    @Ctx() context: Context,
  ): Promise<SalesOrderPayload> {
    const viewer = requireViewer(context);

    const moved = await updateSalesOrderDeadline(context.db, context.clock, viewer, input);

    context.log.info(
      { orderId: moved.order.id, deadline: input.deadline, orders: moved.movedOrders.length },
      'order deadline moved',
    );
    return payload(viewer, moved.order, moved.project, moved.movedOrders);
  }

  @Mutation(() => SalesOrderPayload, { description: 'Sets fulfilment progress, 0 to 100.' })
  async updateSalesOrderProgress(
    @Arg('input', () => UpdateSalesOrderProgressInput) input: UpdateSalesOrderProgressInput,
    @Ctx() context: Context,
  ): Promise<SalesOrderPayload> {
    const viewer = requireViewer(context);

    const order = await updateSalesOrderProgress(context.db, context.clock, viewer, input);

    context.log.info({ orderId: order.id, progress: input.progress }, 'order progress set');
    return payload(viewer, order, await projectOf(order, context), []);
  }

  @Mutation(() => SalesOrderPayload, { description: 'IN_PROGRESS → FULFILLED (progress 100).' })
  async fulfillSalesOrder(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    const viewer = requireViewer(context);

    const order = await fulfillSalesOrder(context.db, context.clock, viewer, id);

    context.log.info({ orderId: order.id }, 'order fulfilled');
    return payload(viewer, order, await projectOf(order, context), []);
  }

  @Mutation(() => SalesOrderPayload, {
    description: 'OPEN or IN_PROGRESS → CANCELLED, while none of its invoices bills anything.',
  })
  async cancelSalesOrder(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    const viewer = requireViewer(context);

    const order = await cancelSalesOrder(context.db, context.clock, viewer, id);

    context.log.info({ orderId: order.id }, 'order cancelled');
    return payload(viewer, order, await projectOf(order, context), []);
  }

  @Mutation(() => SalesOrderPayload, {
    description:
      'Replaces the billing plan (deposits, milestones, a retention); its parts add up to the order total exactly.',
  })
  async setBillingPlan(
    @Arg('input', () => SetBillingPlanInput) input: SetBillingPlanInput,
    @Ctx() context: Context,
  ): Promise<SalesOrderPayload> {
    const viewer = requireViewer(context);

    const { order, parts } = await setBillingPlan(context.db, context.clock, viewer, input);

    context.log.info({ orderId: order.id, parts: parts.length }, 'billing plan set');
    return payload(viewer, order, await projectOf(order, context), []);
  }

  @FieldResolver(() => Quote)
  async quote(@Root() order: SalesOrder, @Ctx() context: Context): Promise<Quote> {
    const viewer = requireViewer(context);
    assertReads(viewer, 'Quote');
    const row = await context.loaders.quoteById.load(order.quoteId);
    return toQuote(viewer, row!, context.clock);
  }

  @FieldResolver(() => Project)
  async project(@Root() order: SalesOrder, @Ctx() context: Context): Promise<Project> {
    const viewer = requireViewer(context);
    assertReads(viewer, 'Project');
    const row = await context.loaders.projectById.load(order.projectId);
    return toProject(viewer, row!, order.currency);
  }

  @FieldResolver(() => [Invoice], { description: 'Its partial invoices, by number.' })
  async invoices(@Root() order: SalesOrder, @Ctx() context: Context): Promise<Invoice[]> {
    const viewer = requireViewer(context);
    const rows = await context.loaders.invoicesBySalesOrderId.load(order.id);
    return readableList(viewer, 'Invoice', rows).map((row) =>
      toInvoice(viewer, row, context.clock),
    );
  }

  @FieldResolver(() => [BillingPlanPart], {
    description: 'How it is to be billed, in order; empty when it has no plan.',
  })
  async billingPlan(@Root() order: SalesOrder, @Ctx() context: Context) {
    const viewer = requireViewer(context);
    const rows = await context.loaders.billingPlanByOrderId.load(order.id);
    return rows.map((row) => toBillingPlanPart(viewer, row, order.currency));
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'The sum of its invoices that are not REJECTED or VOIDED.',
  })
  async billedTotal(@Root() order: SalesOrder, @Ctx() context: Context) {
    const viewer = requireViewer(context);
    if (!canRead(viewer, 'Invoice')) return null;
    const billed = await billedOf(order, context);
    return maskMoney(viewer, formatAmount(billed, order.currency));
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'What may still be billed: 0 once the order is cancelled.',
  })
  async unbilledTotal(@Root() order: SalesOrder, @Ctx() context: Context) {
    const viewer = requireViewer(context);
    if (!canRead(viewer, 'Invoice')) return null;
    const billed = await billedOf(order, context);
    // A cancelled order bills nothing more.
    const unbilled =
      order.status === 'CANCELLED'
        ? 0n
        : parseStoredAmount(order.storedTotal, order.currency) - billed;
    return maskMoney(viewer, formatAmount(unbilled, order.currency));
  }

  @FieldResolver(() => [SalesOrderActionEnum], {
    description: 'What the viewer may do next, by the status machine and its role.',
  })
  async actions(@Root() order: SalesOrder, @Ctx() context: Context): Promise<SalesOrderAction[]> {
    const viewer = requireViewer(context);
    const [invoices, project] = await Promise.all([
      context.loaders.invoicesBySalesOrderId.load(order.id),
      context.loaders.projectById.load(order.projectId),
    ]);
    const actions = salesOrderActions(
      order.status,
      invoices.some((invoice) => isBillingInvoice(invoice.status)),
    ).filter(
      // A delivered project's deadline is what on-time delivery was measured by: it stays.
      (action) => !(action === 'MOVE_DEADLINE' && project?.deliveredOn),
    );
    return actions.filter((action) =>
      hasRight(viewer, DELIVERY_ACTIONS.has(action) ? 'DELIVERY' : 'ORDERS'),
    );
  }

  @FieldResolver(() => [AuditEvent], { description: 'Its changes, oldest first.' })
  async history(@Root() order: SalesOrder, @Ctx() context: Context): Promise<AuditEvent[]> {
    const rows = await context.loaders.auditEventsByEntityId.load(order.id);
    return toAuditEvents(requireViewer(context), rows);
  }
}

async function billedOf(order: SalesOrder, context: Context): Promise<bigint> {
  const rows = await context.loaders.invoicesBySalesOrderId.load(order.id);
  const billing = rows.filter((row) => isBillingInvoice(row.status));
  return sumStored(
    billing.map((row) => row.amount),
    order.currency,
  );
}

async function projectOf(order: SalesOrderRow, context: Context): Promise<ProjectRow> {
  return (await context.loaders.projectById.load(order.projectId))!;
}

function payload(
  viewer: Viewer,
  order: SalesOrderRow,
  project: ProjectRow,
  moved: SalesOrderRow[],
): SalesOrderPayload {
  return {
    salesOrder: toSalesOrder(viewer, order),
    project: toProject(viewer, project, order.currency),
    salesOrders: moved.map((row) => toSalesOrder(viewer, row)),
  };
}

@Resolver(() => BillingPlanPart)
export class BillingPlanPartResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether an invoice bills it now (a rejected or voided one frees it); readable without seeing invoices.',
  })
  async isBilled(@Root() part: BillingPlanPart, @Ctx() context: Context): Promise<boolean> {
    const invoices = await context.loaders.invoicesBySalesOrderId.load(part.salesOrderId);
    return invoices.some(
      (invoice) => invoice.planPartId === part.id && isBillingInvoice(invoice.status),
    );
  }
}
