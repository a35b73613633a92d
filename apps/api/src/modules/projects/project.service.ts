import { eq, sql } from 'drizzle-orm';

import { nextCode, schema, type Database } from '@arus/db';
import {
  formatAmount,
  localDateIn,
  parseAmount,
  validationError,
  yearOf,
  type Clock,
  type LocalDate,
} from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { readId, readName, readReason, readText } from '../../graphql/input';
import { byIdOrCode } from '../../graphql/lookup';
import { storedAmountText } from '../../graphql/money';
import { staleVersion } from '../../graphql/version';
import { assertCanRead, assertMay } from '../access/policy';
import { changedFields, recordAudit } from '../audit/audit.service';
import { accountOf, lockCustomer } from '../customers/customer.service';
import { companyToday } from '../settings/company.service';
import { lockProject, moveProjectDeadline } from './project-deadline.service';
import type { ProjectRow } from './project.mapper';
import type { CreateProjectInput } from './project.types';

const MAX_LINKS = 50;
const MAX_SCOPE_NOTE = 10_000;

function readScopeNote(note: string | null | undefined): string | null {
  return readText('input.scopeNote', note ?? '', MAX_SCOPE_NOTE) || null;
}

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

/**
 * A deadline moves to today or later: moved into the past it would be missed already. (A new
 * project may be entered with a past deadline, to record work that is already late.)
 */
export function assertDeadlineAhead(deadline: LocalDate, today: LocalDate): void {
  if (deadline < today) {
    throw validationError(
      'input.deadline',
      `The deadline ${deadline} is already past (today is ${today}); choose today or a later day.`,
    );
  }
}

/** A budget or cost as stored, in the account's currency; undefined when not given. */
function readMoney(field: string, value: string | null | undefined, currency: string) {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const minor = parseAmount(`input.${field}`, value, currency);
  if (minor < 0n) throw validationError(`input.${field}`, `The ${field} cannot be negative.`);
  return formatAmount(minor, currency);
}

export async function createProject(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: CreateProjectInput,
): Promise<{ project: ProjectRow; currency: string }> {
  const name = readName('input.name', input.name, 'project');
  const documentLinks = readLinks(input.documentLinks);

  return db.transaction(async (tx) => {
    const customer = await lockCustomer(
      tx,
      readId('input.customerId', input.customerId, 'customer'),
    );
    assertMay(viewer, 'PROJECTS', customer);
    const budget = readMoney('budget', input.budget, customer.currency) ?? null;
    const deliveryCost = readMoney('deliveryCost', input.deliveryCost, customer.currency) ?? null;

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
        scopeNote: readScopeNote(input.scopeNote),
        documentLinks,
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    await recordAudit(tx, clock, viewer, [
      { customerId: customer.id, entityType: 'PROJECT', entityId: project!.id, action: 'CREATED' },
    ]);

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

  assertCanRead(viewer, 'Project', row.customer);
  return { project: row.project, currency: row.customer.currency };
}

export async function updateProjectDeadline(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: { projectId: string; deadline: string; reason: string },
) {
  const reason = readReason('input.reason', input.reason);

  return db.transaction(async (tx) => {
    const project = await lockProject(tx, input.projectId);
    const moved = await moveProjectDeadline(tx, clock, viewer, project, input.deadline, reason);
    return { ...moved, currency: (await accountOf(tx, project.customerId)).currency };
  });
}

/** Records the day the work was delivered, which the on-time delivery KPI reads. */
export async function markProjectDelivered(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: { projectId: string; deliveredOn: string },
) {
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, input.projectId);
    const customer = await accountOf(tx, project.customerId);
    assertMay(viewer, 'DELIVERY', customer);
    const today = localDateIn(customer.timeZone, clock.now());
    if (input.deliveredOn > today) {
      throw validationError(
        'input.deliveredOn',
        `${input.deliveredOn} is in the future (today is ${today} in ${customer.timeZone}).`,
      );
    }

    const [delivered] = await tx
      .update(schema.projects)
      .set({
        deliveredOn: input.deliveredOn,
        version: sql`${schema.projects.version} + 1`,
        updatedAt: clock.now(),
      })
      .where(eq(schema.projects.id, project.id))
      .returning();
    await recordAudit(tx, clock, viewer, [
      {
        customerId: project.customerId,
        entityType: 'PROJECT',
        entityId: project.id,
        action: 'DELIVERED',
        field: 'deliveredOn',
        from: project.deliveredOn,
        to: input.deliveredOn,
      },
    ]);

    return { project: delivered!, currency: customer.currency };
  });
}

export interface ProjectChanges {
  name?: string | null;
  budget?: string | null;
  deliveryCost?: string | null;
  scopeNote?: string | null;
  documentLinks?: string[] | null;
}

/**
 * Edits a project's description and money. `version` is the one the editor loaded: a project
 * someone else changed since is refused with CONFLICT rather than silently overwritten.
 */
export async function updateProject(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: ProjectChanges & { projectId: string; version: number },
) {
  return db.transaction(async (tx) => {
    const project = await lockProject(tx, input.projectId);
    const customer = await accountOf(tx, project.customerId);
    assertMay(viewer, 'PROJECTS', customer);
    if (project.version !== input.version) throw staleVersion('project', project.code);

    const changes = {
      name: input.name == null ? undefined : readName('input.name', input.name, 'project'),
      budget: readMoney('budget', input.budget, customer.currency),
      deliveryCost: readMoney('deliveryCost', input.deliveryCost, customer.currency),
      scopeNote: input.scopeNote === undefined ? undefined : readScopeNote(input.scopeNote),
      documentLinks: input.documentLinks == null ? undefined : readLinks(input.documentLinks),
    };
    const [updated] = await tx
      .update(schema.projects)
      .set({ ...changes, version: sql`${schema.projects.version} + 1`, updatedAt: clock.now() })
      .where(eq(schema.projects.id, project.id))
      .returning();
    await recordAudit(
      tx,
      clock,
      viewer,
      changedFields(
        { customerId: project.customerId, entityType: 'PROJECT', entityId: project.id },
        {
          ...project,
          budget: project.budget && storedAmountText(project.budget, customer.currency),
          deliveryCost:
            project.deliveryCost && storedAmountText(project.deliveryCost, customer.currency),
        },
        changes,
      ),
    );

    return { project: updated!, currency: customer.currency };
  });
}
