import { sql } from 'drizzle-orm';

import { addMonths, isLocalDate, type LocalDate } from '@arus/domain';

import type { Database } from '../client';
import { users } from '../schema';
import { numberPortfolio } from './numbering';
import { buildPortfolio } from './portfolio';
import { DEMO_USERS } from './vocabulary';
import { writePortfolio } from './write';

export interface DemoOptions {
  /** The company's local day the demo is seeded on; every demo date is relative to it. */
  today: LocalDate;
  /** Multiplies customers, projects, quotes and invoices; a whole number, 1 by default. */
  scale?: number;
  /** Argon2 hash of the demo password `arus-demo`, computed by the caller. */
  passwordHash: string;
}

export interface DemoSummary {
  users: number;
  customers: number;
  projects: number;
  quotes: number;
  salesOrders: number;
  invoices: number;
}

/**
 * Fills an empty database with a service company's portfolio: the demo sign-ins, the showcase
 * account (see showcase.ts) and, per unit of scale, 40 customers, 120 projects, 300 quotes and
 * 400 invoices over the 18 months before `today`. All or nothing, in one transaction. The same
 * `today` and scale always give the same rows, ids included.
 */
export async function seedDemoData(db: Database, options: DemoOptions): Promise<DemoSummary> {
  const scale = options.scale ?? 1;
  if (!isLocalDate(options.today)) {
    throw new RangeError(`Demo "today" must be a date such as 2026-06-15, not "${options.today}"`);
  }
  if (!Number.isInteger(scale) || scale < 1) {
    throw new RangeError(`Demo scale must be a whole number of 1 or more, not ${scale}`);
  }

  const portfolio = buildPortfolio(options.today, scale);
  const counters = numberPortfolio(portfolio);

  await db.transaction(async (tx) => {
    await writePortfolio(tx, portfolio, counters, {
      passwordHash: options.passwordHash,
      since: addMonths(options.today, -20),
    });
  });

  return {
    users: DEMO_USERS.length,
    customers: portfolio.customers.length,
    projects: portfolio.projects.length,
    quotes: portfolio.quotes.length,
    salesOrders: portfolio.orders.length,
    invoices: portfolio.invoices.length,
  };
}

/** Demo data belongs only in a database nobody has signed up to yet. */
export async function hasDemoData(db: Database): Promise<boolean> {
  const [row] = await db
    .select({ found: sql<boolean>`true` })
    .from(users)
    .limit(1);
  return row !== undefined;
}
