import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import {
  formatAmount,
  onTimeDelivery,
  quoteConversion,
  revenue,
  summariseOverdue,
  type Money as MoneyValue,
} from '@arus/domain';

import type { Context, Viewer } from '../../graphql/context';
import { assertReads, canSeeMoney, requireViewer } from '../access/policy';
import { AgeingBucket, CountAndAmounts, Kpis, Money, Ratio } from './dashboard.types';

/** Amounts as the viewer may read them: none at all where its role sees no money. */
function amountsFor(viewer: Viewer, amounts: MoneyValue[]): Money[] {
  if (!canSeeMoney(viewer)) return [];
  return amounts.map(({ minor, currency }) => ({
    amount: formatAmount(minor, currency),
    currency,
  }));
}

@Resolver(() => Kpis)
export class KpisResolver {
  @FieldResolver(() => CountAndAmounts, {
    description: "SENT or PROCESSING invoices due before today, in each account's time zone.",
  })
  async overdueInvoices(@Root() kpis: Kpis, @Ctx() context: Context): Promise<CountAndAmounts> {
    const viewer = requireViewer(context);
    assertReads(viewer, 'Invoice');
    const overdue = summariseOverdue(await kpis.facts.invoices());
    return { count: overdue.count, amounts: amountsFor(viewer, overdue.amounts) };
  }

  @FieldResolver(() => [AgeingBucket], {
    description: 'The overdue invoices by days late: 1–30, 31–60, 61–90, 91+.',
  })
  async overdueAgeing(@Root() kpis: Kpis, @Ctx() context: Context): Promise<AgeingBucket[]> {
    const viewer = requireViewer(context);
    assertReads(viewer, 'Invoice');
    const overdue = summariseOverdue(await kpis.facts.invoices());
    return overdue.ageing.map((bucket) => ({
      ...bucket,
      amounts: amountsFor(viewer, bucket.amounts),
    }));
  }

  @FieldResolver(() => Ratio, {
    description:
      'Accepted ÷ decided (accepted, declined, expired) quotes, by the day each was decided in the period.',
  })
  async quoteConversion(@Root() kpis: Kpis, @Ctx() context: Context): Promise<Ratio> {
    assertReads(requireViewer(context), 'Quote');
    return quoteConversion(await kpis.facts.quotes(), kpis.facts.period);
  }

  @FieldResolver(() => Ratio, {
    description:
      'Projects delivered on or before their deadline ÷ projects delivered in the period.',
  })
  async onTimeDelivery(@Root() kpis: Kpis, @Ctx() context: Context): Promise<Ratio> {
    assertReads(requireViewer(context), 'Project');
    return onTimeDelivery(await kpis.facts.projects(), kpis.facts.period);
  }

  @FieldResolver(() => [Money], {
    description: 'Completed (paid) invoices, by the day completed in the period, per currency.',
  })
  async revenue(@Root() kpis: Kpis, @Ctx() context: Context): Promise<Money[]> {
    const viewer = requireViewer(context);
    assertReads(viewer, 'Invoice');
    return amountsFor(viewer, revenue(await kpis.facts.invoices(), kpis.facts.period));
  }
}
