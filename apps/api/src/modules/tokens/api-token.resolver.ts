import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { PageArgs } from '../../graphql/connection';
import { requireViewer } from '../access/policy';
import { User } from '../users/user.types';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service';
import {
  ApiToken,
  ApiTokenConnection,
  ApiTokenPayload,
  CreateApiTokenInput,
} from './api-token.types';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, {
    description: 'Every API token, newest first; needs the USERS right. Secrets are never shown.',
  })
  apiTokens(@Args(() => PageArgs) args: PageArgs, @Ctx() context: Context) {
    return listApiTokens(context.db, requireViewer(context), args);
  }

  @Mutation(() => ApiTokenPayload, {
    description: 'Makes an API token and returns its secret, once; needs the USERS right.',
  })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() context: Context,
  ): Promise<ApiTokenPayload> {
    const viewer = requireViewer(context);
    const { apiToken, secret } = await createApiToken(context.db, context.clock, viewer, input);

    context.log.info(
      { tokenId: apiToken.id, ownerId: apiToken.ownerId, scope: apiToken.scope },
      'api token created',
    );
    return { apiToken, secret };
  }

  @Mutation(() => ApiTokenPayload, { description: 'Stops an API token at once, for good.' })
  async revokeApiToken(
    @Arg('id', () => ID) id: string,
    @Ctx() context: Context,
  ): Promise<ApiTokenPayload> {
    const apiToken = await revokeApiToken(context.db, context.clock, requireViewer(context), id);

    context.log.info({ tokenId: apiToken.id }, 'api token revoked');
    return { apiToken, secret: null };
  }

  @FieldResolver(() => User, { description: 'The user it acts for.' })
  async owner(@Root() token: ApiToken, @Ctx() context: Context) {
    return context.loaders.userById.load(token.ownerId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether it works now: not revoked, not expired, and its owner is active.',
  })
  async isActive(@Root() token: ApiToken, @Ctx() context: Context): Promise<boolean> {
    if (token.revokedAt || token.expiresAt <= context.clock.now()) return false;
    const owner = await context.loaders.userById.load(token.ownerId);
    return owner?.isActive ?? false;
  }
}
