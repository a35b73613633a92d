import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { readableList, requireViewer } from '../access/policy';
import { toAuditEvents } from '../audit/audit.mapper';
import { AuditEvent } from '../audit/audit.types';
import { Customer } from '../customers/customer.types';
import { toQuote } from '../quotes/quote.mapper';
import { Quote } from '../quotes/quote.types';
import { toSalesOrder } from '../orders/sales-order.mapper';
import { SalesOrder } from '../orders/sales-order.types';
import { toProject } from './project.mapper';
import {
  createProject,
  findProject,
  markProjectDelivered,
  updateProject,
  updateProjectDeadline,
} from './project.service';
import {
  CreateProjectInput,
  MarkProjectDeliveredInput,
  Project,
  ProjectPayload,
  UpdateProjectDeadlineInput,
  UpdateProjectInput,
} from './project.types';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One project by id or code.' })
  async project(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Ctx() context: Context,
  ): Promise<Project | null> {
    const viewer = requireViewer(context);

    const found = await findProject(context.db, viewer, { id, code });

    return found && toProject(viewer, found.project, found.currency);
  }

  @Mutation(() => ProjectPayload)
  async createProject(
    @Arg('input', () => CreateProjectInput) input: CreateProjectInput,
    @Ctx() context: Context,
  ): Promise<ProjectPayload> {
    const viewer = requireViewer(context);

    const { project, currency } = await createProject(context.db, context.clock, viewer, input);

    context.log.info({ projectId: project.id, code: project.code }, 'project created');
    return { project: toProject(viewer, project, currency), salesOrders: [] };
  }

  @Mutation(() => ProjectPayload, { description: 'Edits name, money, scope and links.' })
  async updateProject(
    @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput,
    @Ctx() context: Context,
  ): Promise<ProjectPayload> {
    const viewer = requireViewer(context);

    const { project, currency } = await updateProject(context.db, context.clock, viewer, input);

    context.log.info({ projectId: project.id }, 'project updated');
    return { project: toProject(viewer, project, currency), salesOrders: [] };
  }

  @Mutation(() => ProjectPayload, {
    description: 'Moves the deadline of the project and of all its open orders, with a reason.',
  })
  async updateProjectDeadline(
    @Arg('input', () => UpdateProjectDeadlineInput) input: UpdateProjectDeadlineInput,
    @Ctx() context: Context,
  ): Promise<ProjectPayload> {
    const viewer = requireViewer(context);

    const moved = await updateProjectDeadline(context.db, context.clock, viewer, input);

    context.log.info(
      { projectId: moved.project.id, deadline: input.deadline, orders: moved.movedOrders.length },
      'project deadline moved',
    );
    return {
      project: toProject(viewer, moved.project, moved.currency),
      salesOrders: moved.movedOrders.map((order) => toSalesOrder(viewer, order)),
    };
  }

  @Mutation(() => ProjectPayload, {
    description: 'Records the day the project was delivered (the on-time delivery KPI reads it).',
  })
  async markProjectDelivered(
    @Arg('input', () => MarkProjectDeliveredInput) input: MarkProjectDeliveredInput,
    @Ctx() context: Context,
  ): Promise<ProjectPayload> {
    const viewer = requireViewer(context);

    const { project, currency } = await markProjectDelivered(
      context.db,
      context.clock,
      viewer,
      input,
    );

    context.log.info(
      { projectId: project.id, deliveredOn: input.deliveredOn },
      'project delivered',
    );
    return { project: toProject(viewer, project, currency), salesOrders: [] };
  }

  @FieldResolver(() => [AuditEvent], { description: 'Its changes, oldest first.' })
  async history(@Root() project: Project, @Ctx() context: Context): Promise<AuditEvent[]> {
    const rows = await context.loaders.auditEventsByEntityId.load(project.id);
    return toAuditEvents(requireViewer(context), rows);
  }

  @FieldResolver(() => Customer)
  customer(@Root() project: Project, @Ctx() context: Context) {
    return context.loaders.customerById.load(project.customerId);
  }

  @FieldResolver(() => [Quote], { description: 'Every quote of the project, by code.' })
  async quotes(@Root() project: Project, @Ctx() context: Context): Promise<Quote[]> {
    const viewer = requireViewer(context);
    const rows = await context.loaders.quotesByProjectId.load(project.id);
    return readableList(viewer, 'Quote', rows).map((row) => toQuote(viewer, row, context.clock));
  }

  @FieldResolver(() => [SalesOrder], { description: 'The orders of its accepted quotes.' })
  async salesOrders(@Root() project: Project, @Ctx() context: Context): Promise<SalesOrder[]> {
    const viewer = requireViewer(context);
    const rows = await context.loaders.salesOrdersByProjectId.load(project.id);
    return readableList(viewer, 'SalesOrder', rows).map((row) => toSalesOrder(viewer, row));
  }
}
