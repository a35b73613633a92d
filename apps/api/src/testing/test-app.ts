import { eq } from 'drizzle-orm';
import pino from 'pino';

import { schema } from '@arus/db';
import { createTestDatabase, type TestDatabase } from '@arus/db/testing';
import type { Clock, Role } from '@arus/domain';

import { startServer } from '../app';
import { hashPassword } from '../modules/auth/password';

/** A clock a test moves by hand. */
export class TestClock implements Clock {
  constructor(private instant: Date = new Date('2026-06-15T03:00:00Z')) {}

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: string | Date): void {
    this.instant = new Date(instant);
  }
}

export interface GraphQLResult<T> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: Record<string, unknown> }[];
  headers: Headers;
}

export interface TestApp {
  url: string;
  database: TestDatabase;
  clock: TestClock;
  /** SQL statements sent since the last reset, for statement-count checks. */
  statements: string[];
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string },
  ): Promise<GraphQLResult<T>>;
  createUser(role: Role, email?: string): Promise<{ id: string; email: string; token: string }>;
  close(): Promise<void>;
}

const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** The real HTTP server over a fresh database of its own, on a free loopback port. */
export async function startTestApp(
  options: { clock?: TestClock; pool?: number } = {},
): Promise<TestApp> {
  const statements: string[] = [];
  const database = await createTestDatabase({
    max: options.pool ?? 10,
    onQuery: (statement) => statements.push(statement),
  });
  const clock = options.clock ?? new TestClock();
  const app = await startServer({
    db: database.db,
    clock,
    log: pino({ level: 'silent' }),
    port: 0,
  });

  const graphql: TestApp['graphql'] = async (query, variables, auth = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: GraphQLResult<never>['errors'];
    };
    return {
      status: response.status,
      data: (body.data ?? null) as never,
      errors: body.errors,
      headers: response.headers,
    };
  };

  let users = 0;
  const createUser: TestApp['createUser'] = async (role, email) => {
    users += 1;
    const address = email ?? `${role.toLowerCase()}-${users}@test.arus`;
    passwordHash ??= hashPassword(PASSWORD);
    const [user] = await database.db
      .insert(schema.users)
      .values({ email: address, name: `${role} ${users}`, role, passwordHash: await passwordHash })
      .returning();
    const signedIn = await graphql<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: address, password: PASSWORD },
    );
    if (!signedIn.data) throw new Error(`Sign-in failed: ${JSON.stringify(signedIn.errors)}`);
    return { id: user!.id, email: address, token: signedIn.data.login.token };
  };

  return {
    url: app.url,
    database,
    clock,
    statements,
    graphql,
    createUser,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export { PASSWORD as TEST_PASSWORD };

export async function deactivateUser(app: TestApp, id: string): Promise<void> {
  await app.database.db
    .update(schema.users)
    .set({ isActive: false })
    .where(eq(schema.users.id, id));
}
