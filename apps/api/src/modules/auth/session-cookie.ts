import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'arus_session';

/**
 * The cookie lasts as long as the session, counted by the browser from now (Max-Age) rather
 * than as a date, so a browser whose clock differs from the server's keeps it all the same.
 */
export function setSessionCookie(res: Response, token: string, lifetimeMs: number): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: res.req.secure,
    path: '/',
    maxAge: lifetimeMs,
  });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The secret a request carries: a bearer token from an API client, or the SPA's cookie. */
export function readSessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  // The scheme is case-insensitive (RFC 9110), so "bearer" is as good as "Bearer".
  const bearer = /^bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (bearer) return bearer[1]!;
  const cookie: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie !== '' ? cookie : null;
}
