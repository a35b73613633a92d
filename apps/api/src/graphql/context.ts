import type { Response } from 'express';
import type { Logger } from 'pino';

import type { Database } from '@arus/db';
import type { Clock, Role } from '@arus/domain';

import type { Loaders } from './loaders';

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}

export interface Context {
  db: Database;
  clock: Clock;
  viewer: Viewer | null;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  /** The HTTP response, for the session cookie that login and logout set. */
  res: Response | null;
}
