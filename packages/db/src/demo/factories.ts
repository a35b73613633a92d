import { addDays, type LocalDate, type QuoteStatus } from '@arus/domain';

import { laterOf } from './calendar';
import {
  uncoded,
  type DemoCustomer,
  type DemoOrder,
  type DemoProject,
  type DemoQuote,
} from './model';
import type { Random } from './random';
import { PROJECT_TYPES } from './vocabulary';

/** How long quotes stay open: a month mostly, two weeks for small jobs, six weeks for large. */
export const VALIDITY_DAYS = [14, 30, 30, 30, 45] as const;

export function newProject(random: Random, customer: DemoCustomer): DemoProject {
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

export function newQuote(
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

export function newOrder(
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
