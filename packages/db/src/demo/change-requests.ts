import { addDays, daysBetween, type QuoteStatus } from '@arus/domain';

import { minimumChangeRequest, quoteStep, scaleAmount } from './amounts';
import { dayBetween, earlierOf, laterOf } from './calendar';
import { newOrder, newQuote, VALIDITY_DAYS } from './factories';
import type { DemoOrder, DemoProject, DemoQuote } from './model';
import type { HistoryContext } from './project-histories';
import type { WonKind, WonTimeline } from './won-timelines';

/** An extra piece of scope offered while the project runs; only some are bought. */
export function changeRequest(
  context: HistoryContext,
  kind: WonKind,
  project: DemoProject,
  value: bigint,
  timeline: WonTimeline,
): { quote: DemoQuote; order: DemoOrder | null } {
  const { random, today } = context;
  const currency = project.customer.currency;
  const total = scaleAmount(
    value,
    random.int(8, 30) / 100,
    quoteStep(currency),
    minimumChangeRequest(currency),
  );
  const opensOn = addDays(timeline.orderDate, 1);
  const created =
    daysBetween(opensOn, timeline.changesCloseOn) >= 13
      ? dayBetween(random, addDays(opensOn, 13), timeline.changesCloseOn)
      : dayBetween(random, opensOn, timeline.changesCloseOn);
  const validity = random.pick(VALIDITY_DAYS);
  const validUntil = addDays(created, validity);
  const decidedOn = earlierOf(today, addDays(created, random.int(1, Math.min(validity, 10))));
  const canExpire = validUntil <= addDays(today, -2);

  let status: QuoteStatus;
  if (kind === 'CANCELLED') {
    status = canExpire && random.chance(0.4) ? 'EXPIRED' : 'DECLINED';
  } else if (validUntil >= today && kind === 'ACTIVE') {
    const draftWeight = created >= addDays(today, -10) ? 15 : 0;
    status = random.weighted([
      ['ACTIVE', 40],
      ['DRAFT', draftWeight],
      ['ACCEPTED', 25],
      ['DECLINED', 20],
    ] as const);
  } else {
    status = random.weighted([
      ['ACCEPTED', kind === 'DELIVERED' ? 55 : 45],
      ['DECLINED', 30],
      ['EXPIRED', canExpire ? 18 : 0],
    ] as const);
  }

  const isOpen = status === 'ACTIVE' || status === 'DRAFT';
  const decided = status === 'EXPIRED' ? addDays(validUntil, 1) : isOpen ? null : decidedOn;
  const quote = newQuote(project, total, created, validity, status, decided);
  return {
    quote,
    order: status === 'ACCEPTED' ? changeOrder(context, kind, quote, timeline) : null,
  };
}

function changeOrder(
  context: HistoryContext,
  kind: WonKind,
  quote: DemoQuote,
  timeline: WonTimeline,
): DemoOrder {
  const { random, today } = context;
  const orderedOn = quote.decidedOn ?? today;
  if (kind === 'DELIVERED') {
    if (random.chance(0.9)) return newOrder(quote, 'FULFILLED', 100, timeline.billingEndsOn);
    const cancelledOn = dayBetween(random, addDays(orderedOn, 5), timeline.changesCloseOn);
    return newOrder(quote, 'CANCELLED', random.int(0, 40), laterOf(orderedOn, cancelledOn));
  }
  const isFresh = orderedOn >= addDays(today, -14);
  return isFresh && random.chance(0.5)
    ? newOrder(quote, 'OPEN', 0, today)
    : newOrder(quote, 'IN_PROGRESS', random.int(5, 80), today);
}
