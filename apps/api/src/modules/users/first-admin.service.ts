import { sql } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';
import { ArusError, type Clock } from '@arus/domain';

import { readName } from '../../graphql/input';
import {
  insertInvitedUser,
  readEmail,
  unusablePasswordHash,
  type UserChange,
} from './user.service';

/**
 * The first admin of a new deployment, with a link to set their password. Only into a database
 * without users: afterwards, admins invite people from the app, and a second way in would be a
 * back door.
 */
export async function createFirstAdmin(
  db: Database,
  clock: Clock,
  input: { email: string; name: string; origin: string },
): Promise<UserChange> {
  const email = readEmail('email', input.email);
  const name = readName('name', input.name, 'admin');
  const passwordHash = await unusablePasswordHash();

  return db.transaction(async (tx) => {
    // Two first runs at once: the second waits here and then sees the first one's admin.
    await tx.execute(sql`lock table ${schema.users} in share row exclusive mode`);
    const [existing] = await tx.select({ id: schema.users.id }).from(schema.users).limit(1);
    if (existing) {
      throw new ArusError(
        'CONFLICT',
        'This database already has users, so no first admin is created. An admin invites people in the app (Users), and makes a password link for one who forgot theirs.',
      );
    }

    return insertInvitedUser(
      tx,
      clock,
      { email, name, role: 'ADMIN', createdById: null, origin: input.origin },
      passwordHash,
    );
  });
}
