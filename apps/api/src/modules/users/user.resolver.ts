import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { requireViewer } from '../access/policy';
import { reassignAccounts } from './reassign-accounts.service';
import {
  createPasswordLink,
  createUser,
  deactivateUser,
  listAccountManagers,
  listUsers,
  reactivateUser,
  updateUser,
} from './user.service';
import {
  CreateUserInput,
  ReassignAccountsInput,
  ReassignAccountsPayload,
  UpdateUserInput,
  User,
  UserConnection,
  UserPayload,
  UsersArgs,
} from './user.types';

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, {
    description: 'Everyone who signs in, by e-mail; needs the USERS right.',
  })
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() context: Context) {
    return listUsers(context.db, requireViewer(context), args);
  }

  @Query(() => [User], {
    description: 'Who may own an account: active account managers and admins, by name.',
  })
  accountManagers(@Ctx() context: Context): Promise<User[]> {
    requireViewer(context);
    return listAccountManagers(context.db);
  }

  @Mutation(() => UserPayload, {
    description:
      'Invites a user: returns a one-time link to set their password. DUPLICATE when the e-mail is taken, whatever its letter case.',
  })
  async createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() context: Context,
  ): Promise<UserPayload> {
    const viewer = requireViewer(context);
    const change = await createUser(context.db, context.clock, viewer, input, context.origin);

    context.log.info({ createdUserId: change.user.id, role: change.user.role }, 'user created');
    return change;
  }

  @Mutation(() => UserPayload, {
    description: 'Renames a user or changes their role; the last active admin stays an admin.',
  })
  async updateUser(
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() context: Context,
  ): Promise<UserPayload> {
    const change = await updateUser(context.db, context.clock, requireViewer(context), input);

    context.log.info({ changedUserId: change.user.id, role: change.user.role }, 'user updated');
    return change;
  }

  @Mutation(() => UserPayload, {
    description:
      'Stops a user at once: their sessions end and their API tokens stop working. Not yourself, not the last active admin.',
  })
  async deactivateUser(
    @Arg('id', () => ID) id: string,
    @Ctx() context: Context,
  ): Promise<UserPayload> {
    const change = await deactivateUser(context.db, context.clock, requireViewer(context), id);

    context.log.info({ changedUserId: change.user.id }, 'user deactivated');
    return change;
  }

  @Mutation(() => UserPayload, {
    description: 'Lets a deactivated user sign in again; their unexpired API tokens work again.',
  })
  async reactivateUser(
    @Arg('id', () => ID) id: string,
    @Ctx() context: Context,
  ): Promise<UserPayload> {
    const change = await reactivateUser(context.db, context.clock, requireViewer(context), id);

    context.log.info({ changedUserId: change.user.id }, 'user reactivated');
    return change;
  }

  @Mutation(() => UserPayload, {
    description:
      'A one-time link for a user who forgot their password; links made before it stop working.',
  })
  async createPasswordLink(
    @Arg('userId', () => ID) userId: string,
    @Ctx() context: Context,
  ): Promise<UserPayload> {
    const viewer = requireViewer(context);
    const change = await createPasswordLink(
      context.db,
      context.clock,
      viewer,
      userId,
      context.origin,
    );

    context.log.info({ changedUserId: change.user.id }, 'password link created');
    return change;
  }

  @Mutation(() => ReassignAccountsPayload, {
    description:
      "Hands accounts to another owner: the named ones, or all of fromUserId's when customerIds is null.",
  })
  async reassignAccounts(
    @Arg('input', () => ReassignAccountsInput) input: ReassignAccountsInput,
    @Ctx() context: Context,
  ): Promise<ReassignAccountsPayload> {
    const viewer = requireViewer(context);
    const customers = await reassignAccounts(context.db, context.clock, viewer, input);

    context.log.info(
      { fromUserId: input.fromUserId, toUserId: input.toUserId, count: customers.length },
      'accounts reassigned',
    );
    return { customers };
  }
}
