import { desc, count, eq, sql } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';
import { ACCESS_POLICY, ArusError, validationError, type Clock } from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { readPageArgs, toPage, type PageArgs } from '../../graphql/connection';
import { readId, readName } from '../../graphql/input';
import { hashSecret, newSecret } from '../auth/secret';
import { companyToday, companyTimeZone } from '../settings/company.service';
import { assertMayManageUsers, assertMaySeeUsers, lockUser } from '../users/user.service';
import type { ApiToken, CreateApiTokenInput } from './api-token.types';
import { readExpiresOn, startOfDayIn } from './token-expiry';

/** Lets people and secret scanners tell an Arus API token from other secrets at a glance. */
const TOKEN_PREFIX = 'arus_';

type ApiTokenRow = typeof schema.apiTokens.$inferSelect;

/** The token as the API shows it: never its secret's hash. */
function toApiToken(row: ApiTokenRow): ApiToken {
  const { id, name, ownerId, scope, createdAt, expiresAt, lastUsedAt, revokedAt } = row;
  return { id, name, ownerId, scope, createdAt, expiresAt, lastUsedAt, revokedAt };
}

/** Cursors of the newest-first list: creation time and id, as two tokens may share an instant. */
function cursorKey(row: ApiToken): string {
  return `${row.createdAt.toISOString()}|${row.id}`;
}

function readCursorKey(key: string): { createdAt: string; id: string } {
  const [at, id] = key.split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw validationError('after', 'after is not a cursor this API handed out.');
  }
  return { createdAt: createdAt.toISOString(), id: readId('after', id, 'API token') };
}

export async function listApiTokens(db: Database, viewer: Viewer, args: PageArgs) {
  assertMaySeeUsers(viewer);
  const { limit, afterKey } = readPageArgs(args);
  const cursor = afterKey === null ? null : readCursorKey(afterKey);
  const t = schema.apiTokens;

  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(t)
      .where(
        cursor
          ? sql`(${t.createdAt}, ${t.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      )
      .orderBy(desc(t.createdAt), desc(t.id))
      .limit(limit + 1),
    db.select({ value: count() }).from(t),
  ]);

  return toPage(rows.map(toApiToken), limit, total?.value ?? 0, cursorKey);
}

/**
 * Makes a token for a user. Its scope may name only rights the owner's role has: a token never
 * does more than its owner could (authenticate narrows it again should the role change later).
 */
export async function createApiToken(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  input: CreateApiTokenInput,
): Promise<{ apiToken: ApiToken; secret: string }> {
  assertMayManageUsers(viewer);
  const name = readName('input.name', input.name, 'token');
  const scope = [...new Set(input.scope ?? [])];

  return db.transaction(async (tx) => {
    const owner = await lockUser(tx, 'input.ownerId', input.ownerId);
    if (!owner.isActive) {
      throw validationError(
        'input.ownerId',
        `${owner.name} is deactivated; choose an active user.`,
      );
    }
    const lacking = scope.filter((right) => !ACCESS_POLICY[owner.role].writes.has(right));
    if (lacking.length > 0) {
      throw validationError(
        'input.scope',
        `${owner.name}'s role ${owner.role} lacks ${lacking.join(', ')}, so their token cannot carry it; leave it out or choose another owner.`,
      );
    }
    const expiresOn = readExpiresOn(input.expiresOn, await companyToday(tx, clock));

    const secret = newSecret(TOKEN_PREFIX);
    const [row] = await tx
      .insert(schema.apiTokens)
      .values({
        name,
        ownerId: owner.id,
        tokenHash: hashSecret(secret),
        scope,
        createdById: viewer.id,
        createdAt: clock.now(),
        expiresAt: startOfDayIn(await companyTimeZone(tx), expiresOn),
      })
      .returning();
    return { apiToken: toApiToken(row!), secret };
  });
}

/** Stops a token at once; revoking it again changes nothing. */
export async function revokeApiToken(
  db: Database,
  clock: Clock,
  viewer: Viewer,
  id: string,
): Promise<ApiToken> {
  assertMayManageUsers(viewer);
  const tokenId = readId('id', id, 'API token');

  return db.transaction(async (tx) => {
    const [token] = await tx
      .select()
      .from(schema.apiTokens)
      .where(eq(schema.apiTokens.id, tokenId))
      .for('update');
    if (!token)
      throw new ArusError('NOT_FOUND', `No API token with id ${id} exists.`, { field: 'id' });
    if (token.revokedAt) return toApiToken(token);

    const [row] = await tx
      .update(schema.apiTokens)
      .set({ revokedAt: clock.now() })
      .where(eq(schema.apiTokens.id, token.id))
      .returning();
    return toApiToken(row!);
  });
}
