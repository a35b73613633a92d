import { and, eq, gt, isNull, sql } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';
import { validationError, type Clock } from '@arus/domain';

import { openSession, type SignIn } from './auth.service';
import { hashPassword } from './password';
import { hashSecret } from './secret';

/** Long enough that a passphrase of a few words fits, and guessing one online is hopeless. */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 200;

function readPassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw validationError(
      'password',
      `Choose a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters; a few words in a row are easy to remember.`,
    );
  }
  return password;
}

/**
 * Sets a password through a one-time link and signs the user in. The link is consumed by a
 * single conditional update, so of two requests with the same link only one gets through. The
 * user's other sessions end: whoever knew the old password is signed out.
 */
export async function setPasswordWithLink(
  db: Database,
  clock: Clock,
  input: { token: string; password: string },
): Promise<SignIn> {
  const password = readPassword(input.password);
  const passwordHash = await hashPassword(password);
  const now = clock.now();

  return db.transaction(async (tx) => {
    const [link] = await tx
      .update(schema.passwordLinks)
      .set({ usedAt: now })
      .from(schema.users)
      .where(
        and(
          eq(schema.users.id, schema.passwordLinks.userId),
          eq(schema.passwordLinks.tokenHash, hashSecret(input.token.trim())),
          isNull(schema.passwordLinks.usedAt),
          gt(schema.passwordLinks.expiresAt, now),
          eq(schema.users.isActive, true),
        ),
      )
      .returning({ userId: schema.passwordLinks.userId });
    if (!link) {
      throw validationError(
        'token',
        'This password link is unknown, used already or expired; ask an admin for a new one.',
      );
    }

    const [user] = await tx
      .update(schema.users)
      .set({ passwordHash, version: sql`${schema.users.version} + 1`, updatedAt: now })
      .where(eq(schema.users.id, link.userId))
      .returning();
    await tx
      .update(schema.sessions)
      .set({ revokedAt: now })
      .where(and(eq(schema.sessions.userId, user!.id), isNull(schema.sessions.revokedAt)));
    // A user locked out by failed sign-ins has just proven who they are.
    await tx
      .delete(schema.signInFailures)
      .where(eq(schema.signInFailures.emailKey, user!.email.toLowerCase()));
    return openSession(tx, clock, user!);
  });
}
