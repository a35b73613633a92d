import { addDays, daysBetween, type LocalDate } from '@arus/domain';

import { billingStep, drawProjectValue, quoteStep, scaleAmount } from './amounts';
import { dayBetween } from './calendar';
import { changeRequest } from './change-requests';
import { newOrder, newProject, newQuote, VALIDITY_DAYS } from './factories';
import type { DemoCustomer, DemoOrder, DemoProject, DemoQuote } from './model';
import type { Random } from './random';
import { wonTimeline, type WonKind } from './won-timelines';

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
