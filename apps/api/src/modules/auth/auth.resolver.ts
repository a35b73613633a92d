import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import type { Context, Viewer } from '../../graphql/context';
import { requireViewer } from '../access/policy';
import { User } from '../users/user.types';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from './session-cookie';
import { signIn, signOut, type SignIn } from './auth.service';
import { MIN_PASSWORD_LENGTH, setPasswordWithLink } from './set-password.service';
import { LoginPayload } from './auth.types';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user.' })
  viewer(@Ctx() context: Context): User | null {
    return context.viewer && viewerAsUser(context.viewer);
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

    context.log.info({ userId: session.viewer.id }, 'user signed in');
    return signedIn(context, session);
  }

  @Mutation(() => LoginPayload, {
    description: `Sets a password through a one-time link (createUser, createPasswordLink) and signs in like login; at least ${MIN_PASSWORD_LENGTH} characters. The user's other sessions end.`,
  })
  async setPassword(
    @Arg('token', () => String, { description: 'The secret after #token= in the link.' })
    token: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: Context,
  ): Promise<LoginPayload> {
    const session = await setPasswordWithLink(context.db, context.clock, { token, password });

    context.log.info({ userId: session.viewer.id }, 'password set');
    return signedIn(context, session);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session or token at once.' })
  async logout(@Ctx() context: Context): Promise<boolean> {
    const viewer = requireViewer(context);
    await signOut(context.db, context.clock, viewer);
    if (context.res) clearSessionCookie(context.res);

    return true;
  }
}

/** What login and setPassword answer: the session cookie for the SPA, the token for others. */
function signedIn(context: Context, session: SignIn): LoginPayload {
  if (context.res) {
    setSessionCookie(
      context.res,
      session.token,
      session.expiresAt.getTime() - context.clock.now().getTime(),
    );
  }
  return { token: session.token, user: viewerAsUser(session.viewer) };
}

/** A viewer is always an active user: authenticate turns away those deactivated. */
function viewerAsUser(viewer: Viewer): User {
  const { id, email, name, role } = viewer;
  return { id, email, name, role, isActive: true };
}
