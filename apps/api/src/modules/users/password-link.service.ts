import { and, eq, gt, isNull } from 'drizzle-orm';

import { schema, type Executor } from '@arus/db';
import type { Clock } from '@arus/domain';

import { hashSecret, newSecret } from '../auth/secret';
import type { PasswordLink } from './user.types';

/** How long an invitation or reset link stays usable. */
export const PASSWORD_LINK_DAYS = 7;

/** The SPA page that reads the secret from the fragment, which browsers never send to a server. */
export function passwordLinkUrl(origin: string, secret: string): string {
  return `${origin.replace(/\/+$/, '')}/set-password#token=${secret}`;
}

/**
 * Makes a new one-time link for a user. Links made before and not used yet stop working: only
 * the newest one handed out is live, so a forgotten link lying in a chat cannot be used later.
 */
export async function issuePasswordLink(
  tx: Executor,
  clock: Clock,
  link: { userId: string; createdById: string | null; origin: string },
): Promise<PasswordLink> {
  const now = clock.now();
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_DAYS * 86_400_000);

  await expirePasswordLinks(tx, clock, link.userId);
  await tx.insert(schema.passwordLinks).values({
    userId: link.userId,
    tokenHash: hashSecret(secret),
    createdById: link.createdById,
    createdAt: now,
    expiresAt,
  });

  return { url: passwordLinkUrl(link.origin, secret), expiresAt };
}

/**
 * Ends every link of a user not used yet (a newer one was made, or the user was deactivated).
 * Expiring them now, rather than deleting them, keeps the trail of links handed out.
 */
export async function expirePasswordLinks(tx: Executor, clock: Clock, userId: string) {
  const now = clock.now();
  await tx
    .update(schema.passwordLinks)
    .set({ expiresAt: now })
    .where(
      and(
        eq(schema.passwordLinks.userId, userId),
        isNull(schema.passwordLinks.usedAt),
        gt(schema.passwordLinks.expiresAt, now),
      ),
    );
}
