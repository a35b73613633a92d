import { addMonths, normaliseCustomerName, normaliseTaxId, type LocalDate } from '@arus/domain';

import { billOrders } from './billing';
import { generateCustomers } from './customers';
import type { DemoPortfolio } from './model';
import { generateProjects } from './projects';
import { Random } from './random';
import { buildShowcase } from './showcase';

/** Fixed, so that one `today` and scale always give the same portfolio. */
const SEED = 0x41_52_55_53;

/** Rows per unit of scale, the showcase account included. */
export const ROWS_PER_SCALE = {
  customers: 40,
  projects: 120,
  quotes: 300,
  invoices: 400,
} as const;

/** The showcase account and a generated book of business around it, not yet numbered. */
export function buildPortfolio(today: LocalDate, scale: number): DemoPortfolio {
  const random = new Random(SEED);
  const showcase = buildShowcase(today);
  const taken = {
    nameKeys: new Set([normaliseCustomerName(showcase.customer.name)]),
    taxIdKeys: new Set([normaliseTaxId(showcase.customer.taxId ?? '')]),
  };

  const customers = generateCustomers(
    random.fork('customers'),
    ROWS_PER_SCALE.customers * scale - 1,
    taken,
  );
  const context = { random: random.fork('projects'), today, floor: addMonths(today, -18) };
  const book = generateProjects(context, customers, {
    projectCount: ROWS_PER_SCALE.projects * scale - 1,
    quoteCount: ROWS_PER_SCALE.quotes * scale - showcase.quotes.length,
  });
  const invoices = billOrders(
    { random: random.fork('invoices'), today },
    book.orders,
    ROWS_PER_SCALE.invoices * scale - showcase.invoices.length,
  );

  return {
    customers: [showcase.customer, ...customers],
    projects: [showcase.project, ...book.projects],
    quotes: [...showcase.quotes, ...book.quotes],
    orders: [showcase.order, ...book.orders],
    invoices: [...showcase.invoices, ...invoices],
  };
}
