import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { formatAmount, isOverdue, localDateIn } from '@arus/domain';

import type { Context } from '../../graphql/context';
import { PageArgs } from '../../graphql/connection';
import { canRead, maskMoney, readableList, requireViewer } from '../access/policy';
import { toAuditEvents } from '../audit/audit.mapper';
import { AuditEvent } from '../audit/audit.types';
import { DecimalScalar } from '../../graphql/scalars';
import { sumStored } from '../../graphql/money';
import { Project } from '../projects/project.types';
import { toProject } from '../projects/project.mapper';
import { User } from '../users/user.types';
import { createCustomer, findCustomer, listCustomers, updateCustomer } from './customer.service';
import {
  CreateCustomerInput,
  Customer,
  CustomerConnection,
  CustomerPayload,
  UpdateCustomerInput,
} from './customer.types';

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: 'The accounts the viewer may open, by code.' })
  customers(@Args(() => PageArgs) args: PageArgs, @Ctx() context: Context) {
    return listCustomers(context.db, requireViewer(context), args);
  }

  @Query(() => Customer, {
    nullable: true,
    description: 'One account by id or code; FORBIDDEN when it belongs to another account manager.',
  })
  customer(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Ctx() context: Context,
  ) {
    return findCustomer(context.db, requireViewer(context), { id, code });
  }

  @Mutation(() => CustomerPayload, {
    description: 'Creates an account; refused with DUPLICATE when the company exists already.',
  })
  async createCustomer(
    @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput,
    @Ctx() context: Context,
  ): Promise<CustomerPayload> {
    const customer = await createCustomer(context.db, context.clock, requireViewer(context), input);

    context.log.info({ customerId: customer.id, code: customer.code }, 'customer created');
    return { customer };
  }

  @Mutation(() => CustomerPayload, {
    description: 'Edits an account; its currency stays. DUPLICATE when it becomes another.',
  })
  async updateCustomer(
    @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput,
    @Ctx() context: Context,
  ): Promise<CustomerPayload> {
    const customer = await updateCustomer(context.db, context.clock, requireViewer(context), input);

    context.log.info({ customerId: customer.id }, 'customer updated');
    return { customer };
  }

  @FieldResolver(() => [AuditEvent], { description: 'Its changes, oldest first.' })
  async history(@Root() customer: Customer, @Ctx() context: Context): Promise<AuditEvent[]> {
    const rows = await context.loaders.auditEventsByEntityId.load(customer.id);
    return toAuditEvents(requireViewer(context), rows);
  }

  @FieldResolver(() => User)
  async accountManager(@Root() customer: Customer, @Ctx() context: Context) {
    return context.loaders.userById.load(customer.accountManagerId);
  }

  @FieldResolver(() => [Project], { description: 'Its projects, by code.' })
  async projects(@Root() customer: Customer, @Ctx() context: Context) {
    const viewer = requireViewer(context);
    const rows = await context.loaders.projectsByCustomerId.load(customer.id);
    return readableList(viewer, 'Project', rows).map((row) =>
      toProject(viewer, row, customer.currency),
    );
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'What it owes now: its sent and in-processing invoices, in its currency.',
  })
  async openAmount(@Root() customer: Customer, @Ctx() context: Context) {
    if (!canRead(requireViewer(context), 'Invoice')) return null;
    const rows = await context.loaders.outstandingInvoicesByCustomerId.load(customer.id);
    const total = sumStored(
      rows.map((row) => row.amount),
      customer.currency,
    );
    return maskMoney(requireViewer(context), formatAmount(total, customer.currency));
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: "The part of openAmount that is overdue today in the account's time zone.",
  })
  async overdueAmount(@Root() customer: Customer, @Ctx() context: Context) {
    if (!canRead(requireViewer(context), 'Invoice')) return null;
    const today = localDateIn(customer.timeZone, context.clock.now());
    const rows = await context.loaders.outstandingInvoicesByCustomerId.load(customer.id);
    const overdue = rows.filter((row) => isOverdue({ ...row, today }));
    const total = sumStored(
      overdue.map((row) => row.amount),
      customer.currency,
    );
    return maskMoney(requireViewer(context), formatAmount(total, customer.currency));
  }
}
