import { eq } from 'drizzle-orm';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import { schema } from '@arus/db';
import { ArusError } from '@arus/domain';

import type { Context } from '../../graphql/context';
import { LocalDateScalar } from '../../graphql/scalars';
import { requireViewer, visibleCustomers } from '../access/policy';
import { findCustomer } from '../customers/customer.service';
import { KpiFacts, accountsOf, readPeriod } from './dashboard.service';
import { AccountDashboard, PortfolioDashboard } from './dashboard.types';

@Resolver()
export class DashboardResolver {
  @Query(() => AccountDashboard, {
    description: 'The KPIs of one account; the period defaults to the current calendar year.',
  })
  async accountDashboard(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('from', () => LocalDateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => LocalDateScalar, { nullable: true }) to: string | null,
    @Ctx() context: Context,
  ): Promise<AccountDashboard> {
    const viewer = requireViewer(context);

    const period = await readPeriod(context.db, context.clock, from, to);
    const customer = await findCustomer(context.db, viewer, { id: customerId });
    if (!customer) throw new ArusError('NOT_FOUND', `No customer with id ${customerId} exists.`);

    const scope = eq(schema.customers.id, customer.id);
    return { customer, kpis: { facts: new KpiFacts(context.db, context.clock, scope, period) } };
  }

  @Query(() => PortfolioDashboard, {
    description:
      "The KPIs of one account manager's accounts, or of the company when accountManagerId is null; only accounts the viewer may see count.",
  })
  async portfolioDashboard(
    @Arg('accountManagerId', () => ID, { nullable: true }) accountManagerId: string | null,
    @Arg('from', () => LocalDateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => LocalDateScalar, { nullable: true }) to: string | null,
    @Ctx() context: Context,
  ): Promise<PortfolioDashboard> {
    const viewer = requireViewer(context);

    const period = await readPeriod(context.db, context.clock, from, to);
    const manager = accountManagerId ? await context.loaders.userById.load(accountManagerId) : null;
    if (accountManagerId && !manager) {
      throw new ArusError('NOT_FOUND', `No user with id ${accountManagerId} exists.`);
    }

    const scope = accountsOf(
      visibleCustomers(viewer),
      manager ? eq(schema.customers.accountManagerId, manager.id) : undefined,
    );
    return {
      accountManager: manager,
      kpis: { facts: new KpiFacts(context.db, context.clock, scope, period) },
    };
  }
}
