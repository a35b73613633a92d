import { eq } from 'drizzle-orm';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { schema } from '@arus/db';
import { formatAmount, isBillingInvoice, parseStoredAmount } from '@arus/domain';

import type { Context } from '../../graphql/context';
import { sumStored } from '../../graphql/money';
import { DecimalScalar } from '../../graphql/scalars';
import { assertCanOpenCustomer, maskMoney, requireViewer } from '../access/policy';
import { toInvoice } from '../invoices/invoice.mapper';
import { Invoice } from '../invoices/invoice.types';
import { toProject } from '../projects/project.mapper';
import { Project } from '../projects/project.types';
import { toQuote } from '../quotes/quote.mapper';
import { Quote } from '../quotes/quote.types';
import { toSalesOrder } from './sales-order.mapper';
import { SalesOrder } from './sales-order.types';

@Resolver(() => SalesOrder)
export class SalesOrderResolver {
  @Query(() => SalesOrder, { nullable: true })
  async salesOrder(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    const viewer = requireViewer(context);

    const [row] = await context.db
      .select({ order: schema.salesOrders, customer: schema.customers })
      .from(schema.salesOrders)
      .innerJoin(schema.customers, eq(schema.customers.id, schema.salesOrders.customerId))
      .where(eq(schema.salesOrders.id, id));
    if (!row) return null;
    assertCanOpenCustomer(viewer, row.customer);

    return toSalesOrder(viewer, row.order);
  }

  @FieldResolver(() => Quote)
  async quote(@Root() order: SalesOrder, @Ctx() context: Context): Promise<Quote> {
    const row = await context.loaders.quoteById.load(order.quoteId);
    return toQuote(requireViewer(context), row!, context.clock);
  }

  @FieldResolver(() => Project)
  async project(@Root() order: SalesOrder, @Ctx() context: Context): Promise<Project> {
    const row = await context.loaders.projectById.load(order.projectId);
    return toProject(requireViewer(context), row!, order.currency);
  }

  @FieldResolver(() => [Invoice], { description: 'Its partial invoices, by number.' })
  async invoices(@Root() order: SalesOrder, @Ctx() context: Context): Promise<Invoice[]> {
    const viewer = requireViewer(context);
    const rows = await context.loaders.invoicesBySalesOrderId.load(order.id);
    return rows.map((row) => toInvoice(viewer, row, context.clock));
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'The sum of its invoices that are not REJECTED or VOIDED.',
  })
  async billedTotal(@Root() order: SalesOrder, @Ctx() context: Context) {
    const billed = await billedOf(order, context);
    return maskMoney(requireViewer(context), formatAmount(billed, order.currency));
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'What may still be billed.' })
  async unbilledTotal(@Root() order: SalesOrder, @Ctx() context: Context) {
    const billed = await billedOf(order, context);
    const unbilled = parseStoredAmount(order.storedTotal, order.currency) - billed;
    return maskMoney(requireViewer(context), formatAmount(unbilled, order.currency));
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
