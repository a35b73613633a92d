import { addDays, daysBetween, type LocalDate } from '@arus/domain';

import { billingStep, scaleAmount, splitAmount } from './amounts';
import { dayBetween, earlierOf } from './calendar';
import { distribute, type Slot } from './distribute';
import { settleInvoice } from './invoice-status';
import { uncoded, type DemoInvoice, type DemoOrder } from './model';
import type { Random } from './random';
import { REJECTION_REASONS } from './vocabulary';

export interface BillingContext {
  random: Random;
  today: LocalDate;
}

/** How an order is billed: its parts (adding up to the total) and how many are issued. */
interface BillingPlan {
  order: DemoOrder;
  parts: bigint[];
  issued: DemoInvoice[];
}

/** Share of invoice rows that are corrections: rejected, re-issued or voided ones. */
const CORRECTION_SHARE = 0.08;

/**
 * Bills the orders with exactly `count` invoice rows. Each order is split into parts
 * (deposit, milestones, monthly instalments, a 5% retention) whose amounts add up to its total;
 * only a prefix of the parts is issued, so no order is ever billed above its total, and
 * corrections (rejected, voided) never count against it.
 */
export function billOrders(
  context: BillingContext,
  orders: readonly DemoOrder[],
  count: number,
): DemoInvoice[] {
  const { random, today } = context;
  const corrections = Math.round(count * CORRECTION_SHARE);
  const issuedCounts = distribute(random, orders.map(issueSlot(random)), count - corrections);
  const plans = orders.map((order, index) => planBilling(context, order, issuedCounts[index] ?? 0));

  const invoices = plans.flatMap((plan) => plan.issued);
  const added = addCorrections(context, plans, corrections);
  for (const invoice of invoices) settleInvoice(random, today, invoice);
  return [...invoices, ...added];
}

/** How many parts of an order may have been issued by today, by its status and age. */
function issueSlot(random: Random) {
  return (order: DemoOrder): Slot => {
    const days = daysBetween(order.createdOn, order.billingEndsOn);
    switch (order.status) {
      case 'FULFILLED': {
        const max = Math.min(12, 1 + Math.floor(days / 14));
        const initial = random.weighted([
          [1, 10],
          [2, 20],
          [3, 30],
          [4, 15],
          [6, 15],
          [12, 10],
        ] as const);
        return { min: 1, max, initial };
      }
      case 'IN_PROGRESS': {
        const max = Math.min(8, 1 + Math.floor(days / 21));
        return { min: 1, max, initial: random.int(1, Math.min(max, 4)) };
      }
      case 'OPEN':
        return { min: 0, max: 1, initial: random.chance(0.3) ? 1 : 0 };
      case 'CANCELLED': {
        const max = Math.min(2, 1 + Math.floor(days / 21));
        return { min: 0, max, initial: random.int(0, max) };
      }
    }
  };
}

function planBilling(context: BillingContext, order: DemoOrder, issuedCount: number): BillingPlan {
  const { random } = context;
  const isFulfilled = order.status === 'FULFILLED';
  let partCount: number;
  let hasRetention: boolean;
  if (isFulfilled) {
    // Some finished orders still wait for their retention, released weeks after delivery.
    const awaitsRetention = issuedCount >= 2 && random.chance(0.15);
    partCount = awaitsRetention ? issuedCount + 1 : issuedCount;
    hasRetention = awaitsRetention || (partCount >= 3 && random.chance(0.2));
  } else {
    const pending = order.status === 'OPEN' ? random.int(2, 4) - issuedCount : random.int(1, 3);
    partCount = issuedCount + Math.max(1, pending);
    hasRetention = partCount >= 3 && random.chance(0.2);
  }
  const currency = order.quote.project.customer.currency;
  const parts = splitAmount(
    order.quote.total,
    partWeights(random, partCount, hasRetention),
    billingStep(currency),
  );

  const starts = order.createdOn;
  const span = daysBetween(starts, order.billingEndsOn);
  const ends = isFulfilled
    ? order.billingEndsOn
    : addDays(order.billingEndsOn, -random.int(0, Math.min(14, span)));
  const isWholeOnDelivery = isFulfilled && partCount === 1;
  const issued = parts.slice(0, issuedCount).map((amount, index) => {
    const offset = issueOffset(index, issuedCount, daysBetween(starts, ends), isWholeOnDelivery);
    return newInvoice(order, amount, addDays(starts, offset));
  });
  return { order, parts, issued };
}

/**
 * Issued parts spread evenly from the order day to the last billing day; a single part is a
 * deposit, unless it is the whole order, billed on delivery.
 */
function issueOffset(index: number, count: number, span: number, isWholeOnDelivery: boolean) {
  if (count > 1) return Math.round((span * index) / (count - 1));
  return isWholeOnDelivery ? span : 0;
}

function partWeights(random: Random, count: number, hasRetention: boolean): number[] {
  if (hasRetention && count >= 2) {
    const head = partWeights(random, count - 1, false);
    const headSum = head.reduce((a, b) => a + b, 0);
    return [...head.map((weight) => weight * 95), headSum * 5];
  }
  switch (count) {
    case 1:
      return [1];
    case 2:
      return random.pick([
        [50, 50],
        [30, 70],
      ]);
    case 3:
      return random.pick([
        [30, 40, 30],
        [40, 40, 20],
      ]);
    case 4:
      return random.pick([
        [25, 25, 25, 25],
        [20, 30, 30, 20],
      ]);
    default:
      return Array.from({ length: count }, () => 1);
  }
}

/**
 * Corrections come in three kinds: an invoice the customer rejected and that was re-issued
 * (the new one points back to it), an invoice voided before it was sent and issued again, and
 * a recent rejection not yet re-issued, which leaves that part unbilled.
 */
function addCorrections(
  context: BillingContext,
  plans: readonly BillingPlan[],
  count: number,
): DemoInvoice[] {
  const { random, today } = context;
  const added: DemoInvoice[] = [];
  const hosts = random.shuffle(plans.flatMap((plan) => plan.issued));
  const pendingPlans = random.shuffle(plans.filter((plan) => pendingRejectionDay(plan) !== null));
  const reissueTarget = Math.ceil(count * 0.45);
  const pendingTarget = Math.min(pendingPlans.length, Math.ceil(count * 0.25));

  for (const plan of pendingPlans.slice(0, pendingTarget)) {
    const issueDate = dayBetween(
      random,
      pendingRejectionDay(plan) as LocalDate,
      addDays(plan.order.billingEndsOn, -3),
    );
    const invoice = newInvoice(plan.order, plan.parts[plan.issued.length] as bigint, issueDate);
    reject(random, invoice, earlierOf(today, addDays(issueDate, random.int(2, 10))));
    added.push(invoice);
  }

  let reissues = 0;
  for (const host of hosts) {
    if (added.length === count) break;
    const latestReissue = earlierOf(addDays(today, -6), addDays(host.order.billingEndsOn, -4));
    if (reissues < reissueTarget && host.issueDate <= latestReissue) {
      const rejected = newInvoice(host.order, host.amount, host.issueDate);
      const reissuedOn = earlierOf(
        host.order.billingEndsOn,
        addDays(host.issueDate, random.int(4, 14)),
      );
      reject(random, rejected, reissuedOn);
      moveIssueDate(host, reissuedOn);
      host.reissueOf = rejected;
      reissues += 1;
      added.push(rejected);
    } else {
      const step = billingStep(host.order.quote.project.customer.currency);
      const voided = newInvoice(host.order, scaleAmount(host.amount, 1.1, step), host.issueDate);
      voided.status = 'VOIDED';
      added.push(voided);
    }
  }
  if (added.length !== count) {
    throw new Error(`Only ${added.length} of ${count} corrective invoices found a place`);
  }
  return added;
}

/** The first day the next, not yet issued part could have been issued and then rejected. */
function pendingRejectionDay(plan: BillingPlan): LocalDate | null {
  if (plan.parts.length <= plan.issued.length) return null;
  const last = plan.issued[plan.issued.length - 1];
  const from = last ? addDays(last.issueDate, 7) : plan.order.createdOn;
  return from <= addDays(plan.order.billingEndsOn, -3) ? from : null;
}

function reject(random: Random, invoice: DemoInvoice, on: LocalDate): void {
  invoice.status = 'REJECTED';
  invoice.rejectionReason = random.pick(REJECTION_REASONS);
  invoice.updatedOn = on;
}

function moveIssueDate(invoice: DemoInvoice, issueDate: LocalDate): void {
  const terms = daysBetween(invoice.issueDate, invoice.dueDate);
  invoice.issueDate = issueDate;
  invoice.dueDate = addDays(issueDate, terms);
  invoice.updatedOn = issueDate;
}

function newInvoice(order: DemoOrder, amount: bigint, issueDate: LocalDate): DemoInvoice {
  const customer = order.quote.project.customer;
  return {
    ...uncoded(),
    order,
    status: 'GENERATED',
    amount,
    issueDate,
    dueDate: addDays(issueDate, customer.paymentTermDays),
    completedOn: null,
    rejectionReason: null,
    reissueOf: null,
    updatedOn: issueDate,
  };
}
