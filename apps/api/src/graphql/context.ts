import type { Response } from 'express';
import type { Logger } from 'pino';

import type { Database } from '@arus/db';
import type { Clock, Role, WriteRight } from '@arus/domain';

import type { Loaders } from './loaders';

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The sign-in session, or null when the request came with an API token. */
  sessionId: string | null;
  /** The API token the request came with, or null for a signed-in person. */
  tokenId: string | null;
  /** The write rights of the role, narrowed to the token's scope for an API token. */
  writes: ReadonlySet<WriteRight>;
}

export interface Context {
  db: Database;
  clock: Clock;
  viewer: Viewer | null;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  /** The caller's network address, for the sign-in rate limit. */
  address: string;
  /** Where the caller reached the app (`https://arus.example.com`), for password links. */
  origin: string;
  /** The HTTP response, for the session cookie that login and logout set. */
  res: Response | null;
}
