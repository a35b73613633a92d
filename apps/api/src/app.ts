import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import { sql } from 'drizzle-orm';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';

import type { Database } from '@arus/db';
import type { Clock } from '@arus/domain';

import type { Context } from './graphql/context';
import { depthLimit } from './graphql/depth-limit';
import { sizeLimit } from './graphql/size-limit';
import { formatError } from './graphql/errors';
import { createLoaders } from './graphql/loaders';
import { refuseUnreadableMutationResults } from './graphql/readable-selection';
import { requireSignIn } from './graphql/require-sign-in';
import { buildArusSchema } from './graphql/schema';
import { authenticate } from './modules/auth/auth.service';
import { readSessionToken } from './modules/auth/session-cookie';

export interface AppOptions {
  db: Database;
  clock: Clock;
  log: Logger;
  /** The built SPA to serve beside /graphql; none in API-only tests. */
  webDistDir?: string;
}

export interface RunningApp {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

const MAX_QUERY_DEPTH = 12;
const MAX_QUERY_SIZE = { rootFields: 20, fields: 1000 };

/** The request id and logger of the request being served, also where Apollo gives no context. */
const requestScope = new AsyncLocalStorage<{ requestId: string; log: Logger }>();

/** Builds the HTTP server: /healthz, /graphql and the SPA on one port. */
export async function createServer(
  options: AppOptions,
): Promise<http.Server & { stopApollo(): Promise<void> }> {
  const { db, clock, log } = options;
  const app = express();
  const server = http.createServer(app);
  app.disable('x-powered-by');
  // Arus is never meant to be shown inside another site's frame (clickjacking).
  app.use((_req, res, next) => {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });

  const schema = await buildArusSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: [depthLimit(MAX_QUERY_DEPTH), sizeLimit(MAX_QUERY_SIZE)],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, requestScope.getStore() ?? { requestId: 'none', log }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // The cache-control plugin hooks every field and costs more than it gives (PERFORMANCE.md).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      requireSignIn,
      refuseUnreadableMutationResults(schema),
      {
        async requestDidStart({ contextValue }) {
          return {
            async willSendResponse({ response }) {
              response.http.headers.set('x-request-id', contextValue.requestId);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await db.execute(sql`select 1`);
      res.json({ status: 'ok' });
    } catch (error) {
      log.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    (_req, _res, next) => {
      const requestId = randomUUID();
      requestScope.run({ requestId, log: log.child({ requestId }) }, next);
    },
    cookieParser(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const { requestId } = requestScope.getStore()!;
        const token = readSessionToken(req);
        const viewer = token ? await authenticate(db, clock, token) : null;
        const operationName =
          typeof req.body?.operationName === 'string' ? req.body.operationName : undefined;
        return {
          db,
          clock,
          viewer,
          loaders: createLoaders(db),
          requestId,
          address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          origin: requestOrigin(req),
          res,
          log: log.child({ requestId, userId: viewer?.id, operationName }),
        };
      },
    }),
  );

  // Requests the JSON parser or body limit refuse get a GraphQL-shaped answer, never a stack.
  app.use('/graphql', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number }).status ?? 500;
    const message =
      status === 413
        ? 'The request body is too large (1 MB at most).'
        : 'The request body is not valid JSON.';
    res
      .status(status < 500 ? status : 400)
      .json({ errors: [{ message, extensions: { code: 'VALIDATION' } }] });
  });

  if (options.webDistDir && existsSync(options.webDistDir)) {
    const dist = options.webDistDir;
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    // Client-side routes (/customers/CUS-000001) all load the SPA's one page.
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => {
      res.sendFile(path.join(dist, 'index.html'));
    });
  }

  return Object.assign(server, { stopApollo: () => apollo.stop() });
}

/**
 * The origin the caller sees: the browser's Origin header (the SPA's page, also behind the dev
 * proxy), else the Host the request was sent to.
 */
function requestOrigin(req: express.Request): string {
  const origin = req.get('origin');
  if (origin && /^https?:\/\/[^/]+$/.test(origin)) return origin;
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

export async function startServer(
  options: AppOptions & { port: number; host?: string },
): Promise<RunningApp> {
  const server = await createServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () => server.stopApollo(),
  };
}
