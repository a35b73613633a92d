import { asc, count, gt } from 'drizzle-orm';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { schema } from '@arus/db';
import { ACCESS_POLICY, DOCUMENT_TYPES, WRITE_RIGHTS } from '@arus/domain';

import { PageArgs, readPageArgs, toPage } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from '../users/user.types';
import { DirectoryEntry, DirectoryEntryConnection, ViewerAccess } from './access.types';
import { requireViewer } from './policy';

@Resolver(() => DirectoryEntry)
export class AccessResolver {
  @Query(() => ViewerAccess, { description: 'What the signed-in viewer may see and do.' })
  viewerAccess(@Ctx() context: Context): ViewerAccess {
    const viewer = requireViewer(context);
    const policy = ACCESS_POLICY[viewer.role];
    return {
      opensEveryAccount: policy.accounts === 'ALL',
      reads: DOCUMENT_TYPES.filter((type) => policy.reads.has(type)),
      seesMoney: policy.seesMoney,
      writes: WRITE_RIGHTS.filter((right) => viewer.writes.has(right)),
    };
  }

  @Query(() => DirectoryEntryConnection, {
    description: "Every account's code, name and owner, whoever owns it, by code.",
  })
  async accountDirectory(@Args(() => PageArgs) args: PageArgs, @Ctx() context: Context) {
    requireViewer(context);
    const { limit, afterKey } = readPageArgs(args);

    const [rows, [total]] = await Promise.all([
      context.db
        .select({
          id: schema.customers.id,
          code: schema.customers.code,
          name: schema.customers.name,
          accountManagerId: schema.customers.accountManagerId,
        })
        .from(schema.customers)
        .where(afterKey === null ? undefined : gt(schema.customers.code, afterKey))
        .orderBy(asc(schema.customers.code))
        .limit(limit + 1),
      context.db.select({ value: count() }).from(schema.customers),
    ]);

    return toPage(rows, limit, total?.value ?? 0, (row) => row.code);
  }

  @FieldResolver(() => User)
  accountManager(@Root() entry: DirectoryEntry, @Ctx() context: Context) {
    return context.loaders.userById.load(entry.accountManagerId);
  }
}
