import { addDays, daysBetween, type LocalDate, type SalesOrderStatus } from '@arus/domain';

import { dayBetween, earlierOf, laterOf } from './calendar';
import type { HistoryContext } from './project-histories';

export type WonKind = 'DELIVERED' | 'ACTIVE' | 'CANCELLED';

/** The dates of a project that was sold, and the state of its first order on `today`. */
export interface WonTimeline {
  orderDate: LocalDate;
  deadline: LocalDate;
  deliveredOn: LocalDate | null;
  status: SalesOrderStatus;
  progress: number;
  billingEndsOn: LocalDate;
  /** Change requests are quoted up to this day. */
  changesCloseOn: LocalDate;
}

export function wonTimeline(
  context: HistoryContext,
  kind: WonKind,
  earliestOrder: LocalDate,
): WonTimeline {
  switch (kind) {
    case 'DELIVERED':
      return deliveredTimeline(context, earliestOrder);
    case 'ACTIVE':
      return activeTimeline(context, earliestOrder);
    case 'CANCELLED':
      return cancelledTimeline(context, earliestOrder);
  }
}

/** Seven in ten delivered projects are on time or early; the rest up to five weeks late. */
function deliveredTimeline(context: HistoryContext, earliestOrder: LocalDate): WonTimeline {
  const { random, today } = context;
  const lateness = random.chance(0.3) ? random.int(1, 35) : random.int(-14, 0);
  const latest = addDays(today, -3);
  const room = daysBetween(earliestOrder, latest) - Math.max(lateness, 0) - 1;
  const duration = Math.min(random.int(30, 200), room);
  const deliveredOn = dayBetween(random, addDays(earliestOrder, duration + lateness), latest);
  const deadline = addDays(deliveredOn, -lateness);
  return {
    orderDate: addDays(deadline, -duration),
    deadline,
    deliveredOn,
    status: 'FULFILLED',
    progress: 100,
    billingEndsOn: earlierOf(today, addDays(deliveredOn, random.int(0, 20))),
    changesCloseOn: addDays(deliveredOn, -10),
  };
}

/** Most running projects are on track; about one in seven has already missed its deadline. */
function activeTimeline(context: HistoryContext, earliestOrder: LocalDate): WonTimeline {
  const { random, today } = context;
  if (random.chance(0.15)) {
    const deadline = addDays(today, -random.int(1, 30));
    return {
      orderDate: laterOf(earliestOrder, addDays(deadline, -random.int(45, 200))),
      deadline,
      deliveredOn: null,
      status: 'IN_PROGRESS',
      progress: random.int(80, 95),
      billingEndsOn: today,
      changesCloseOn: today,
    };
  }

  const orderDate = laterOf(earliestOrder, addDays(today, -random.int(1, 180)));
  let deadline = addDays(orderDate, random.int(45, 240));
  if (deadline <= today) deadline = addDays(today, random.int(7, 60));
  const elapsed = daysBetween(orderDate, today) / daysBetween(orderDate, deadline);
  const isOpen = daysBetween(orderDate, today) <= 21 && random.chance(0.6);
  const progress = Math.min(95, Math.max(5, Math.round(elapsed * 100) + random.int(-10, 10)));
  return {
    orderDate,
    deadline,
    deliveredOn: null,
    status: isOpen ? 'OPEN' : 'IN_PROGRESS',
    progress: isOpen ? 0 : progress,
    billingEndsOn: today,
    changesCloseOn: today,
  };
}

function cancelledTimeline(context: HistoryContext, earliestOrder: LocalDate): WonTimeline {
  const { random, today } = context;
  const orderDate = dayBetween(random, earliestOrder, addDays(today, -60));
  const duration = random.int(60, 180);
  const longest = Math.min(Math.floor(duration / 2), daysBetween(orderDate, today) - 1);
  const cancelledOn = addDays(orderDate, random.int(20, longest));
  return {
    orderDate,
    deadline: addDays(orderDate, duration),
    deliveredOn: null,
    status: 'CANCELLED',
    progress: random.int(0, 50),
    billingEndsOn: cancelledOn,
    changesCloseOn: addDays(cancelledOn, -1),
  };
}
