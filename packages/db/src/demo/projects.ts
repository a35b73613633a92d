import { addDays, type LocalDate } from '@arus/domain';

import { earlierOf } from './calendar';
import { distribute, type Slot } from './distribute';
import type { DemoCustomer, DemoOrder, DemoProject, DemoQuote } from './model';
import { buildHistory, type HistoryContext, type ProjectKind } from './project-histories';

export interface ProjectsPlan {
  projectCount: number;
  quoteCount: number;
}

/** The mix of a service company's project book over 18 months. */
const KIND_SHARES: readonly (readonly [ProjectKind, number])[] = [
  ['ACTIVE', 0.24],
  ['CANCELLED', 0.04],
  ['LOST', 0.14],
  ['PIPELINE', 0.16],
  ['DELIVERED', 0.42],
];

const QUOTE_SLOTS: Readonly<Record<ProjectKind, readonly [number, number]>> = {
  DELIVERED: [1, 4],
  ACTIVE: [1, 3],
  CANCELLED: [1, 2],
  LOST: [1, 3],
  PIPELINE: [1, 3],
};

/** One in this many pipeline projects is still a draft, so that every quote status appears. */
const DRAFT_TURN = 3;

export function generateProjects(
  context: HistoryContext,
  customers: readonly DemoCustomer[],
  plan: ProjectsPlan,
): { projects: DemoProject[]; quotes: DemoQuote[]; orders: DemoOrder[] } {
  const { random } = context;
  const kinds = random.shuffle(spreadKinds(plan.projectCount));
  const owners = assignCustomers(context, customers, plan.projectCount);
  const slots = kinds.map((kind): Slot => {
    const [low, high] = QUOTE_SLOTS[kind];
    return { min: 1, max: 6, initial: random.int(low, high) };
  });
  const quoteCounts = distribute(random, slots, plan.quoteCount);

  const projects: DemoProject[] = [];
  const quotes: DemoQuote[] = [];
  const orders: DemoOrder[] = [];
  let pipelineIndex = 0;
  kinds.forEach((kind, index) => {
    const isDraftTurn = kind === 'PIPELINE' && pipelineIndex++ % DRAFT_TURN === 0;
    const customer = owners[index] as DemoCustomer;
    const history = buildHistory(context, kind, customer, quoteCounts[index] ?? 1, isDraftTurn);
    projects.push(history.project);
    quotes.push(...history.quotes);
    orders.push(...history.orders);
  });

  openAccounts(context, customers, projects);
  return { projects, quotes, orders };
}

function spreadKinds(count: number): ProjectKind[] {
  const kinds: ProjectKind[] = [];
  for (const [kind, share] of KIND_SHARES) {
    const wanted = kind === 'DELIVERED' ? count - kinds.length : Math.floor(count * share);
    for (let i = 0; i < wanted; i += 1) kinds.push(kind);
  }
  return kinds;
}

/**
 * A few large accounts carry many projects and most carry one to three, as in a real book;
 * one account in twenty is new and has no project yet.
 */
function assignCustomers(
  context: HistoryContext,
  customers: readonly DemoCustomer[],
  count: number,
): DemoCustomer[] {
  const { random } = context;
  const buying = customers.filter(() => !random.chance(0.05));
  if (buying.length === 0) return [];
  const weights = buying.map(() => random.pick([1, 1, 1, 2, 2, 3, 5, 8]));
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));

  const owners = buying.slice(0, count);
  while (owners.length < count) {
    const point = random.next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) > point) high = middle;
      else low = middle + 1;
    }
    owners.push(buying[low] as DemoCustomer);
  }
  return random.shuffle(owners);
}

/** An account is opened shortly before its first project; accounts with none are recent. */
function openAccounts(
  context: HistoryContext,
  customers: readonly DemoCustomer[],
  projects: readonly DemoProject[],
): void {
  const { random, today } = context;
  const firstProject = new Map<DemoCustomer, LocalDate>();
  for (const project of projects) {
    const known = firstProject.get(project.customer);
    firstProject.set(
      project.customer,
      known ? earlierOf(known, project.createdOn) : project.createdOn,
    );
  }
  for (const customer of customers) {
    const first = firstProject.get(customer);
    customer.createdOn = first
      ? addDays(first, -random.int(0, 45))
      : addDays(today, -random.int(1, 60));
  }
}
