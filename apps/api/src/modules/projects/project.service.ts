import { eq } from 'drizzle-orm';

import { nextCode, schema, type Database } from '@arus/db';
import { parseAmount, validationError, yearOf, type Clock } from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { byIdOrCode } from '../../graphql/lookup';
import { assertCanOpenCustomer, assertCanWrite } from '../access/policy';
import { lockCustomer } from '../customers/customer.service';
import { companyToday } from '../settings/company.service';
import type { ProjectRow } from './project.mapper';
import type { CreateProjectInput } from './project.types';

const MAX_LINKS = 50;

function readLinks(links: string[] | null | undefined): string[] {
  const cleaned = (links ?? []).map((link) => link.trim()).filter((link) => link !== '');
  if (cleaned.length > MAX_LINKS) {
    throw validationError('input.documentLinks', `Give at most ${MAX_LINKS} document links.`);
  }
  for (const [index, link] of cleaned.entries()) {
    if (!URL.canParse(link) || !/^https?:$/.test(new URL(link).protocol)) {
      throw validationError(`input.documentLinks.${index}`, `"${link}" is not an http(s) link.`);
    }
  }
  return cleaned;
}

export async function createProject(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: CreateProjectInput,
): Promise<{ project: ProjectRow; currency: string }> {
  const name = input.name.trim();
  if (name === '' || name.length > 200) {
    throw validationError('input.name', 'Give the project a name of 1 to 200 characters.');
  }
  const documentLinks = readLinks(input.documentLinks);

  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, input.customerId);
    assertCanWrite(viewer, customer);
    const readMoney = (field: string, value: string | null | undefined) => {
      if (value == null) return null;
      const minor = parseAmount(`input.${field}`, value, customer.currency);
      if (minor < 0n) throw validationError(`input.${field}`, `The ${field} cannot be negative.`);
      return value;
    };
    const budget = readMoney('budget', input.budget);
    const deliveryCost = readMoney('deliveryCost', input.deliveryCost);

    const code = await nextCode(tx, 'PROJECT', yearOf(await companyToday(tx, clock)));
    const [project] = await tx
      .insert(schema.projects)
      .values({
        code,
        customerId: customer.id,
        name,
        deadline: input.deadline,
        budget,
        deliveryCost,
        scopeNote: input.scopeNote?.trim() || null,
        documentLinks,
      })
      .returning();
    return { project: project!, currency: customer.currency };
  });
}

/** A project by id or code with its account's currency, when the viewer may open it. */
export async function findProject(
  db: Database,
  viewer: Viewer,
  by: { id?: string | null; code?: string | null },
): Promise<{ project: ProjectRow; currency: string } | null> {
  const where = byIdOrCode(schema.projects, by);

  const [row] = await db
    .select({ project: schema.projects, customer: schema.customers })
    .from(schema.projects)
    .innerJoin(schema.customers, eq(schema.customers.id, schema.projects.customerId))
    .where(where);
  if (!row) return null;

  assertCanOpenCustomer(viewer, row.customer);
  return { project: row.project, currency: row.customer.currency };
}
