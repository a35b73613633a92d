import { and, asc, count, eq, gt, inArray, isNull, sql } from 'drizzle-orm';

import { schema, type Database, type Executor } from '@arus/db';
import {
  ACCESS_POLICY,
  ArusError,
  isEmail,
  validationError,
  type Clock,
  type Role,
} from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { readPageArgs, toPage } from '../../graphql/connection';
import { readId, readName } from '../../graphql/input';
import { violatedUniqueConstraint } from '../../graphql/pg-errors';
import { hasRight } from '../access/policy';
import { hashPassword } from '../auth/password';
import { newSecret } from '../auth/secret';
import { expirePasswordLinks, issuePasswordLink } from './password-link.service';
import { USER_COLUMNS, type UserRow } from './user.loader';
import type { CreateUserInput, PasswordLink, UpdateUserInput, User, UsersArgs } from './user.types';

/** The roles that may own accounts. */
export const MANAGER_ROLES: readonly Role[] = ['ACCOUNT_MANAGER', 'ADMIN'];

export interface UserChange {
  user: User;
  passwordLink: PasswordLink | null;
}

/** Users, roles, account owners and API tokens are all administered with the USERS right. */
export function assertMayManageUsers(viewer: Viewer): void {
  if (!hasRight(viewer, 'USERS')) {
    const through = viewer.tokenId ? 'This API token' : `Your role ${viewer.role}`;
    throw new ArusError(
      'FORBIDDEN',
      `${through} may not administer users and tokens (it needs the USERS right); ask an admin.`,
    );
  }
}

function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role, isActive: row.isActive };
}

/**
 * Reading users and tokens is what an administering role sees: a read-only token of an admin
 * reads them too, as it reads whatever its owner reads.
 */
export function assertMaySeeUsers(viewer: Viewer): void {
  if (!ACCESS_POLICY[viewer.role].writes.has('USERS')) {
    throw new ArusError('FORBIDDEN', `Your role ${viewer.role} does not see users and tokens.`);
  }
}

export async function listUsers(db: Database, viewer: Viewer, args: UsersArgs) {
  assertMaySeeUsers(viewer);
  const { limit, afterKey } = readPageArgs(args);
  const emailKey = sql<string>`lower(${schema.users.email})`;
  const scope = args.includeInactive ? undefined : eq(schema.users.isActive, true);
  const after = afterKey === null ? undefined : gt(emailKey, afterKey);

  const [rows, [total]] = await Promise.all([
    db
      .select({ ...USER_COLUMNS, emailKey })
      .from(schema.users)
      .where(and(scope, after))
      .orderBy(asc(emailKey))
      .limit(limit + 1),
    db.select({ value: count() }).from(schema.users).where(scope),
  ]);

  return toPage(rows, limit, total?.value ?? 0, (row) => row.emailKey);
}

/** Who may be picked as an account's owner; every signed-in viewer needs them for the pickers. */
export async function listAccountManagers(db: Database): Promise<User[]> {
  return db
    .select(USER_COLUMNS)
    .from(schema.users)
    .where(and(eq(schema.users.isActive, true), inArray(schema.users.role, [...MANAGER_ROLES])))
    .orderBy(asc(schema.users.name), asc(schema.users.id));
}

/** A user row, locked until the transaction ends. */
export async function lockUser(tx: Executor, field: string, id: string): Promise<UserRow> {
  const [row] = await tx
    .select()
    .from(schema.users)
    .where(eq(schema.users.id, readId(field, id, 'user')))
    .for('update');
  if (!row) throw new ArusError('NOT_FOUND', `No user with id ${id} exists.`, { field });
  return row;
}

/**
 * Refuses to take the last active admin away (by a new role or by deactivation): nobody could
 * administer users any more. The active admins are locked, so two admins demoting each other at
 * the same moment cannot both succeed.
 */
async function assertNotLastAdmin(tx: Executor, user: UserRow, change: string): Promise<void> {
  if (user.role !== 'ADMIN' || !user.isActive) return;
  const admins = await tx
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(and(eq(schema.users.role, 'ADMIN'), eq(schema.users.isActive, true)))
    .for('update');
  if (admins.every((admin) => admin.id === user.id)) {
    throw new ArusError(
      'CONFLICT',
      `${user.name} is the last active admin and cannot be ${change}; make another user an admin first.`,
    );
  }
}

export function readEmail(field: string, text: string): string {
  const email = text.trim();
  if (!isEmail(email)) throw validationError(field, `"${email}" is not an e-mail address.`);
  return email;
}

async function findByEmail(tx: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await tx
    .select()
    .from(schema.users)
    .where(eq(sql`lower(${schema.users.email})`, email.toLowerCase()));
  return row;
}

function duplicateUser(existing: UserRow): ArusError {
  return new ArusError(
    'DUPLICATE',
    `${existing.email} already belongs to ${existing.name}; edit or reactivate that user instead.`,
    { existingId: existing.id, field: 'input.email' },
  );
}

/**
 * A new user has no password until they open their invitation link. The stored hash is of a
 * random secret nobody keeps, since the column may not be empty and no password must match.
 */
export function unusablePasswordHash(): Promise<string> {
  return hashPassword(newSecret());
}

/** Inserts a user with an invitation link, inside the caller's transaction. */
export async function insertInvitedUser(
  tx: Executor,
  clock: Clock,
  invite: { email: string; name: string; role: Role; createdById: string | null; origin: string },
  passwordHash: string,
): Promise<UserChange> {
  const existing = await findByEmail(tx, invite.email);
  if (existing) throw duplicateUser(existing);

  const [row] = await tx
    .insert(schema.users)
    .values({ email: invite.email, name: invite.name, role: invite.role, passwordHash })
    .returning()
    .catch(async (error: unknown) => {
      // Two admins invited the same address at once: the unique index let one through.
      if (violatedUniqueConstraint(error) === 'users_email_key') {
        throw new ArusError('DUPLICATE', `${invite.email} was just added by someone else.`, {
          field: 'input.email',
        });
      }
      throw error;
    });
  const passwordLink = await issuePasswordLink(tx, clock, {
    userId: row!.id,
    createdById: invite.createdById,
    origin: invite.origin,
  });
  return { user: toUser(row!), passwordLink };
}

export async function createUser(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: CreateUserInput,
  origin: string,
): Promise<UserChange> {
  assertMayManageUsers(viewer);
  const email = readEmail('input.email', input.email);
  const name = readName('input.name', input.name, 'user');
  const passwordHash = await unusablePasswordHash();

  return db.transaction((tx) =>
    insertInvitedUser(
      tx,
      clock,
      { email, name, role: input.role, createdById: viewer.id, origin },
      passwordHash,
    ),
  );
}

export async function updateUser(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: UpdateUserInput,
): Promise<UserChange> {
  assertMayManageUsers(viewer);
  const name = input.name == null ? undefined : readName('input.name', input.name, 'user');
  const role = input.role ?? undefined;

  return db.transaction(async (tx) => {
    const user = await lockUser(tx, 'input.userId', input.userId);
    if (role !== undefined && role !== 'ADMIN') await assertNotLastAdmin(tx, user, 'demoted');
    if (role !== undefined && !MANAGER_ROLES.includes(role)) {
      // Only account managers and admins own accounts: hand them over before the role changes.
      const [owned] = await tx
        .select({ value: count() })
        .from(schema.customers)
        .where(eq(schema.customers.accountManagerId, user.id));
      if (owned!.value > 0) {
        throw new ArusError(
          'CONFLICT',
          `${user.name} owns ${owned!.value} account(s); hand them to another account manager (reassignAccounts) before making them ${role}.`,
        );
      }
    }

    const [row] = await tx
      .update(schema.users)
      .set({ name, role, version: sql`${schema.users.version} + 1`, updatedAt: clock.now() })
      .where(eq(schema.users.id, user.id))
      .returning();
    return { user: toUser(row!), passwordLink: null };
  });
}

/**
 * Deactivation stops the user at once: authenticate refuses sessions and tokens of an inactive
 * user, and the sessions are revoked too, so reactivating does not revive a browser left signed
 * in. Unused password links end as well. Their accounts keep their owner until reassigned.
 */
export async function deactivateUser(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  id: string,
): Promise<UserChange> {
  assertMayManageUsers(viewer);

  return db.transaction(async (tx) => {
    const user = await lockUser(tx, 'id', id);
    if (user.id === viewer.id) {
      throw new ArusError(
        'CONFLICT',
        'You cannot deactivate yourself; another admin can do it for you.',
      );
    }
    await assertNotLastAdmin(tx, user, 'deactivated');

    const now = clock.now();
    const [row] = await tx
      .update(schema.users)
      .set({ isActive: false, version: sql`${schema.users.version} + 1`, updatedAt: now })
      .where(eq(schema.users.id, user.id))
      .returning();
    await tx
      .update(schema.sessions)
      .set({ revokedAt: now })
      .where(and(eq(schema.sessions.userId, user.id), isNull(schema.sessions.revokedAt)));
    await expirePasswordLinks(tx, clock, user.id);
    return { user: toUser(row!), passwordLink: null };
  });
}

/** Lets a deactivated user sign in again with their password; their API tokens work again. */
export async function reactivateUser(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  id: string,
): Promise<UserChange> {
  assertMayManageUsers(viewer);

  return db.transaction(async (tx) => {
    const user = await lockUser(tx, 'id', id);

    const [row] = await tx
      .update(schema.users)
      .set({ isActive: true, version: sql`${schema.users.version} + 1`, updatedAt: clock.now() })
      .where(eq(schema.users.id, user.id))
      .returning();
    return { user: toUser(row!), passwordLink: null };
  });
}

/** A new link for a user who forgot their password; it ends the links made before. */
export async function createPasswordLink(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  userId: string,
  origin: string,
): Promise<UserChange> {
  assertMayManageUsers(viewer);

  return db.transaction(async (tx) => {
    const user = await lockUser(tx, 'userId', userId);
    if (!user.isActive) {
      throw new ArusError(
        'CONFLICT',
        `${user.name} is deactivated; reactivate them before making a password link.`,
      );
    }

    const passwordLink = await issuePasswordLink(tx, clock, {
      userId: user.id,
      createdById: viewer.id,
      origin,
    });
    return { user: toUser(user), passwordLink };
  });
}
