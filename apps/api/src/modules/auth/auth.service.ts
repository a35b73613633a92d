import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';

import { schema, type Database, type Executor } from '@arus/db';
import { ArusError, effectiveWrites, type Clock } from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import type { UserRow } from '../users/user.loader';
import { hashPassword, verifyPassword } from './password';
import { hashSecret, newSecret } from './secret';

/** How long a sign-in lasts before the user must sign in again. */
export const SESSION_DAYS = 30;

/** A hash to verify against when the e-mail is unknown, so both failures take equally long. */
const decoyHash = hashPassword('not-a-real-password');

export interface SignIn {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

/** Failed sign-ins allowed per e-mail, and per address, in the window before refusing. */
export const SIGN_IN_LIMITS = { perEmail: 5, perAddress: 30, windowMinutes: 15 } as const;

async function assertNotThrottled(db: Executor, clock: Clock, emailKey: string, address: string) {
  const since = new Date(clock.now().getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const [counts] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${schema.signInFailures.emailKey} = ${emailKey})::int`,
      byAddress: sql<number>`count(*) filter (where ${schema.signInFailures.address} = ${address})::int`,
    })
    .from(schema.signInFailures)
    .where(
      and(
        gt(schema.signInFailures.failedAt, since),
        or(
          eq(schema.signInFailures.emailKey, emailKey),
          eq(schema.signInFailures.address, address),
        ),
      ),
    );
  if (
    counts!.byEmail >= SIGN_IN_LIMITS.perEmail ||
    counts!.byAddress >= SIGN_IN_LIMITS.perAddress
  ) {
    throw new ArusError(
      'RATE_LIMITED',
      `Too many failed sign-ins; wait ${SIGN_IN_LIMITS.windowMinutes} minutes, or ask an admin for a password link.`,
    );
  }
}

/**
 * Checks an e-mail and password and opens a session. Failures are counted per e-mail and per
 * address: past the limits every attempt is refused for a while, right password or not.
 */
export async function signIn(
  db: Database,
  clock: Clock,
  credentials: { email: string; password: string; address: string },
): Promise<SignIn> {
  const emailKey = credentials.email.trim().toLowerCase();

  // Attempts for one e-mail, and from one address, queue on advisory locks (always taken in
  // this order), so parallel guesses are counted one after the other and cannot slip past the
  // limit together. A failure is recorded in a committed transaction before it is reported.
  const outcome = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${emailKey}`}))`);
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`sign-in-from:${credentials.address}`}))`,
    );
    await assertNotThrottled(tx, clock, emailKey, credentials.address);

    const [user] = await tx
      .select()
      .from(schema.users)
      .where(eq(sql`lower(${schema.users.email})`, emailKey));
    const isValid = await verifyPassword(
      user?.passwordHash ?? (await decoyHash),
      credentials.password,
    );
    if (!user || !isValid || !user.isActive) {
      await tx
        .insert(schema.signInFailures)
        .values({ emailKey, address: credentials.address, failedAt: clock.now() });
      return null;
    }

    await tx.delete(schema.signInFailures).where(eq(schema.signInFailures.emailKey, emailKey));
    return openSession(tx, clock, user);
  });
  if (!outcome) throw new ArusError('UNAUTHENTICATED', 'The e-mail or the password is wrong.');
  return outcome;
}

/** Opens a sign-in session for a user whose identity was just proven. */
export async function openSession(
  db: Executor,
  clock: Clock,
  user: Pick<UserRow, 'id' | 'email' | 'name' | 'role'>,
): Promise<SignIn> {
  const token = newSecret();
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  const [session] = await db
    .insert(schema.sessions)
    .values({ userId: user.id, tokenHash: hashSecret(token), createdAt: now, expiresAt })
    .returning({ id: schema.sessions.id });

  return {
    token,
    expiresAt,
    viewer: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionId: session!.id,
      tokenId: null,
      writes: effectiveWrites(user.role, null),
    },
  };
}

/**
 * The viewer behind a session cookie or a bearer secret (a sign-in session or an API token), or
 * null when it is unknown, expired, revoked or its user was deactivated.
 */
export async function authenticate(
  db: Database,
  clock: Clock,
  secret: string,
): Promise<Viewer | null> {
  const now = clock.now();
  const tokenHash = hashSecret(secret);
  const user = {
    id: schema.users.id,
    email: schema.users.email,
    name: schema.users.name,
    role: schema.users.role,
  };
  const [session] = await db
    .select({ ...user, sessionId: schema.sessions.id })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .where(
      and(
        eq(schema.sessions.tokenHash, tokenHash),
        isNull(schema.sessions.revokedAt),
        gt(schema.sessions.expiresAt, now),
        eq(schema.users.isActive, true),
      ),
    );
  if (session) return { ...session, tokenId: null, writes: effectiveWrites(session.role, null) };

  const [token] = await db
    .update(schema.apiTokens)
    .set({ lastUsedAt: now })
    .from(schema.users)
    .where(
      and(
        eq(schema.users.id, schema.apiTokens.ownerId),
        eq(schema.apiTokens.tokenHash, tokenHash),
        isNull(schema.apiTokens.revokedAt),
        gt(schema.apiTokens.expiresAt, now),
        eq(schema.users.isActive, true),
      ),
    )
    .returning({ ...user, tokenId: schema.apiTokens.id, scope: schema.apiTokens.scope });
  if (!token) return null;
  const { scope, ...owner } = token;
  return { ...owner, sessionId: null, writes: effectiveWrites(owner.role, scope) };
}

/**
 * Ends what the request came with: the sign-in session, or the API token itself (a token that
 * signs out is revoked, as an admin would revoke it).
 */
export async function signOut(db: Database, clock: Clock, viewer: Viewer): Promise<void> {
  if (viewer.tokenId) {
    await db
      .update(schema.apiTokens)
      .set({ revokedAt: clock.now() })
      .where(eq(schema.apiTokens.id, viewer.tokenId));
    return;
  }
  if (viewer.sessionId) {
    await db
      .update(schema.sessions)
      .set({ revokedAt: clock.now() })
      .where(eq(schema.sessions.id, viewer.sessionId));
  }
}
