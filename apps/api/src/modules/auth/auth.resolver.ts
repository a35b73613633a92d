import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import type { Context } from '../../graphql/context';
import { requireViewer } from '../access/policy';
import { User } from '../users/user.types';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from './session-cookie';
import { signIn, signOut } from './auth.service';
import { LoginPayload } from './auth.types';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user.' })
  viewer(@Ctx() context: Context): User | null {
    return context.viewer;
  }

  @Mutation(() => LoginPayload, {
    description: `Signs in with e-mail and password; sets the ${SESSION_COOKIE} cookie and returns a bearer token.`,
  })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: Context,
  ): Promise<LoginPayload> {
    const session = await signIn(context.db, context.clock, {
      email,
      password,
      address: context.address,
    });

    if (context.res) {
      setSessionCookie(
        context.res,
        session.token,
        session.expiresAt.getTime() - context.clock.now().getTime(),
      );
    }
    context.log.info({ userId: session.viewer.id }, 'user signed in');

    return { token: session.token, user: session.viewer };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session or token at once.' })
  async logout(@Ctx() context: Context): Promise<boolean> {
    const viewer = requireViewer(context);

    if (viewer.sessionId) await signOut(context.db, context.clock, viewer.sessionId);
    if (context.res) clearSessionCookie(context.res);

    return true;
  }
}
