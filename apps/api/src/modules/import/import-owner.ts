import { and, asc, eq, sql } from 'drizzle-orm';

import { schema, type Executor } from '@arus/db';
import { ArusError, type Role } from '@arus/domain';

const { users } = schema;

const OWNER_ROLES: readonly Role[] = ['ADMIN', 'ACCOUNT_MANAGER'];

/**
 * The user who will own the imported customers: the one named by e-mail, or else the
 * longest-standing admin, who can hand accounts over to account managers afterwards.
 */
export async function findImportOwner(tx: Executor, email?: string): Promise<string> {
  if (email === undefined) {
    const [admin] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'ADMIN'), eq(users.isActive, true)))
      .orderBy(asc(users.createdAt), asc(users.id))
      .limit(1);
    if (!admin) {
      throw new ArusError(
        'NOT_FOUND',
        'No active admin exists to own the imported customers; create one first, or name an owner by e-mail (--owner).',
        { entity: 'User' },
      );
    }
    return admin.id;
  }

  const [user] = await tx
    .select({ id: users.id, role: users.role, isActive: users.isActive })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  if (!user) {
    throw new ArusError(
      'NOT_FOUND',
      `No user has the e-mail ${email}; name an existing admin or account manager as owner.`,
      { entity: 'User', field: 'owner' },
    );
  }
  if (!user.isActive || !OWNER_ROLES.includes(user.role)) {
    throw new ArusError(
      'VALIDATION',
      `${email} cannot own customers: the owner must be an active admin or account manager.`,
      { field: 'owner' },
    );
  }
  return user.id;
}
