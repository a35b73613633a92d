import { addDays, daysBetween, type LocalDate, type QuoteStatus } from '@arus/domain';

import {
  billingStep,
  drawProjectValue,
  minimumChangeRequest,
  quoteStep,
  scaleAmount,
} from './amounts';
import { dayBetween, earlierOf, laterOf } from './calendar';
import {
  uncoded,
  type DemoCustomer,
  type DemoOrder,
  type DemoProject,
  type DemoQuote,
} from './model';
import type { Random } from './random';
import { PROJECT_TYPES } from './vocabulary';
import { wonTimeline, type WonKind, type WonTimeline } from './won-timelines';

export type ProjectKind = WonKind | 'LOST' | 'PIPELINE';

export interface HistoryContext {
  random: Random;
  today: LocalDate;
  /** No demo quote, order or invoice is dated before this day (18 months before today). */
  floor: LocalDate;
}

export interface ProjectHistory {
  project: DemoProject;
  quotes: DemoQuote[];
  orders: DemoOrder[];
}

const VALIDITY_DAYS = [14, 30, 30, 30, 45] as const;

/**
 * Lays out one project's life: the quotes that led to it (revisions the customer declined or
 * let lapse), the accepted quote and its order, and later change requests, all dated so that
 * every status reads true on `today`.
 */
export function buildHistory(
  context: HistoryContext,
  kind: ProjectKind,
  customer: DemoCustomer,
  quoteCount: number,
  isDraftTurn: boolean,
): ProjectHistory {
  const history =
    kind === 'LOST'
      ? lostHistory(context, customer, quoteCount)
      : kind === 'PIPELINE'
        ? pipelineHistory(context, customer, quoteCount, isDraftTurn)
        : wonHistory(context, kind, customer, quoteCount);
  const first = history.quotes[0];
  if (!first) throw new Error('A demo project needs at least one quote');
  history.project.createdOn = addDays(first.createdOn, -context.random.int(0, 7));
  setCosts(context.random, history);
  return history;
}

function wonHistory(
  context: HistoryContext,
  kind: WonKind,
  customer: DemoCustomer,
  quoteCount: number,
): ProjectHistory {
  const { random } = context;
  const revisionCount = random.int(0, Math.min(2, quoteCount - 1));
  const project = newProject(random, customer);
  const value = drawProjectValue(random, customer.currency);
  const timeline = wonTimeline(context, kind, addDays(context.floor, 21 + 20 * revisionCount));
  project.deadline = timeline.deadline;
  project.deliveredOn = timeline.deliveredOn;

  const lag = random.int(2, 14);
  const created = addDays(timeline.orderDate, -lag);
  const validity = Math.max(random.pick(VALIDITY_DAYS), lag);
  const main = newQuote(project, value, created, validity, 'ACCEPTED', timeline.orderDate);
  const quotes = [...revisionsBefore(context, main, revisionCount), main];
  const orders = [newOrder(main, timeline.status, timeline.progress, timeline.billingEndsOn)];

  for (let i = revisionCount + 1; i < quoteCount; i += 1) {
    const change = changeRequest(context, kind, project, value, timeline);
    quotes.push(change.quote);
    if (change.order) orders.push(change.order);
  }
  return { project, quotes, orders };
}

/** An extra piece of scope offered while the project runs; only some are bought. */
function changeRequest(
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

/** Earlier versions of `next` that the customer declined, or let lapse, before it. */
function revisionsBefore(context: HistoryContext, next: DemoQuote, count: number): DemoQuote[] {
  const { random } = context;
  const revisions: DemoQuote[] = [];
  let later = next;
  for (let i = 0; i < count; i += 1) {
    const created = addDays(later.createdOn, -random.int(8, 20));
    const total = scaleAmount(
      later.total,
      1 + random.int(5, 20) / 100,
      quoteStep(next.project.customer.currency),
    );
    let revision: DemoQuote;
    if (random.chance(0.65)) {
      const decidedOn = addDays(later.createdOn, -random.int(0, 2));
      const validity = Math.max(random.pick(VALIDITY_DAYS), daysBetween(created, decidedOn));
      revision = newQuote(next.project, total, created, validity, 'DECLINED', decidedOn);
    } else {
      // Re-quoted only after it lapsed; two days' margin keeps it expired in every time zone.
      const validUntil = addDays(later.createdOn, -random.int(2, 4));
      const validity = daysBetween(created, validUntil);
      revision = newQuote(
        next.project,
        total,
        created,
        validity,
        'EXPIRED',
        addDays(validUntil, 1),
      );
    }
    revisions.unshift(revision);
    later = revision;
  }
  return revisions;
}

function lostHistory(
  context: HistoryContext,
  customer: DemoCustomer,
  quoteCount: number,
): ProjectHistory {
  const { random, today, floor } = context;
  const project = newProject(random, customer);
  const value = drawProjectValue(random, customer.currency);
  const quotes: DemoQuote[] = [];
  let created = dayBetween(random, addDays(floor, 7), addDays(today, -60 * quoteCount - 10));
  for (let i = 0; i < quoteCount; i += 1) {
    const discount = 1 + (quoteCount - 1 - i) * 0.08;
    const total = scaleAmount(value, discount, quoteStep(customer.currency));
    const validity = random.pick(VALIDITY_DAYS);
    const isDeclined = random.chance(0.55);
    const decidedOn = isDeclined
      ? addDays(created, random.int(2, Math.min(validity, 20)))
      : addDays(created, validity + 1);
    const status = isDeclined ? 'DECLINED' : 'EXPIRED';
    quotes.push(newQuote(project, total, created, validity, status, decidedOn));
    created = addDays(decidedOn, random.int(1, 10));
  }
  const last = quotes[quotes.length - 1] as DemoQuote;
  project.deadline = addDays(last.createdOn, random.int(60, 210));
  return { project, quotes, orders: [] };
}

function pipelineHistory(
  context: HistoryContext,
  customer: DemoCustomer,
  quoteCount: number,
  isDraft: boolean,
): ProjectHistory {
  const { random, today } = context;
  const project = newProject(random, customer);
  const value = drawProjectValue(random, customer.currency);
  const created = addDays(today, -random.int(0, isDraft ? 10 : 25));
  const validity = Math.max(random.pick(VALIDITY_DAYS), daysBetween(created, today));
  const status = isDraft ? 'DRAFT' : 'ACTIVE';
  const last = newQuote(project, value, created, validity, status, null);
  project.deadline = addDays(today, random.int(30, 200));
  const quotes = [...revisionsBefore(context, last, quoteCount - 1), last];
  return { project, quotes, orders: [] };
}

function newProject(random: Random, customer: DemoCustomer): DemoProject {
  const type = random.pick(PROJECT_TYPES);
  return {
    ...uncoded(),
    customer,
    name: type.name,
    scopeNote: type.scope,
    createdOn: '',
    deadline: '',
    deliveredOn: null,
    budget: 0n,
    deliveryCost: 0n,
  };
}

function newQuote(
  project: DemoProject,
  total: bigint,
  createdOn: LocalDate,
  validityDays: number,
  status: QuoteStatus,
  decidedOn: LocalDate | null,
): DemoQuote {
  return {
    ...uncoded(),
    project,
    status,
    total,
    createdOn,
    validUntil: addDays(createdOn, validityDays),
    decidedOn,
  };
}

function newOrder(
  quote: DemoQuote,
  status: DemoOrder['status'],
  progress: number,
  billingEndsOn: LocalDate,
): DemoOrder {
  const createdOn = quote.decidedOn ?? quote.createdOn;
  return {
    ...uncoded(),
    quote,
    status,
    progress,
    createdOn,
    deadline: quote.project.deadline,
    billingEndsOn: laterOf(createdOn, billingEndsOn),
  };
}

/**
 * Budget is what was sold (or last offered); delivery cost is what the work has cost so far,
 * with a few overruns so that the profitability ranking has losers as well as winners.
 */
function setCosts(random: Random, { project, quotes, orders }: ProjectHistory): void {
  const currency = project.customer.currency;
  const sold = orders
    .filter((order) => order.status !== 'CANCELLED')
    .reduce((sum, order) => sum + order.quote.total, 0n);
  const lastQuote = quotes[quotes.length - 1] as DemoQuote;
  const mainOrder = orders[0];
  project.budget = sold > 0n ? sold : (mainOrder?.quote.total ?? lastQuote.total);

  let share: number;
  if (project.deliveredOn) {
    share = random.chance(0.15) ? random.int(90, 120) / 100 : random.int(40, 85) / 100;
  } else if (mainOrder) {
    share = (mainOrder.progress / 100) * (random.int(50, 90) / 100);
  } else {
    share = random.int(0, 3) / 100;
  }
  project.deliveryCost = scaleAmount(project.budget, share, billingStep(currency), 0n);
}
