import { createHash, randomBytes } from 'node:crypto';

import { and, eq, gt, isNull, sql } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';
import { ArusError, type Clock } from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { hashPassword, verifyPassword } from './password';

/** How long a sign-in lasts before the user must sign in again. */
export const SESSION_DAYS = 30;

/** A hash to verify against when the e-mail is unknown, so both failures take equally long. */
const decoyHash = hashPassword('not-a-real-password');

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SignIn {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

export async function signIn(
  db: Database,
  clock: Clock,
  email: string,
  password: string,
): Promise<SignIn> {
  const [user] = await db
    .select()
    .from(schema.users)
    .where(eq(sql`lower(${schema.users.email})`, email.trim().toLowerCase()));

  const isValid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !isValid || !user.isActive) {
    throw new ArusError('UNAUTHENTICATED', 'The e-mail or the password is wrong.');
  }

  const token = randomBytes(32).toString('base64url');
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  const [session] = await db
    .insert(schema.sessions)
    .values({ userId: user.id, tokenHash: hashToken(token), createdAt: now, expiresAt })
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
    },
  };
}

/** The viewer behind a session cookie or bearer token, or null when it is unknown, expired or revoked. */
export async function authenticate(
  db: Database,
  clock: Clock,
  token: string,
): Promise<Viewer | null> {
  const [row] = await db
    .select({
      sessionId: schema.sessions.id,
      id: schema.users.id,
      email: schema.users.email,
      name: schema.users.name,
      role: schema.users.role,
    })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .where(
      and(
        eq(schema.sessions.tokenHash, hashToken(token)),
        isNull(schema.sessions.revokedAt),
        gt(schema.sessions.expiresAt, clock.now()),
        eq(schema.users.isActive, true),
      ),
    );
  return row ?? null;
}

export async function signOut(db: Database, clock: Clock, sessionId: string): Promise<void> {
  await db
    .update(schema.sessions)
    .set({ revokedAt: clock.now() })
    .where(eq(schema.sessions.id, sessionId));
}
