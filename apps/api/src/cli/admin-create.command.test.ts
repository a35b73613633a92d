import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { createTestDatabase, type TestDatabase } from '@arus/db/testing';
import { ArusError } from '@arus/domain';

import { adminCreateCommand } from './admin-create.command';

describe('pnpm arus admin:create', () => {
  let database: TestDatabase;
  const savedUrl = process.env.DATABASE_URL;
  const savedPort = process.env.PORT;

  beforeAll(async () => {
    database = await createTestDatabase({ max: 2 });
    process.env.DATABASE_URL = database.url;
    process.env.PORT = '4123';
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  afterAll(async () => {
    process.env.DATABASE_URL = savedUrl;
    process.env.PORT = savedPort;
    if (savedUrl === undefined) delete process.env.DATABASE_URL;
    if (savedPort === undefined) delete process.env.PORT;
    await database.drop();
  });

  it('creates the first admin of an empty database and prints a one-time link', async () => {
    const output = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);

    const code = await adminCreateCommand.run(['--email', 'owner@arus.test', '--name', 'Ayu']);
    const users = await database.sql`select email, name, role, is_active from users`;
    const links = await database.sql`select user_id from password_links where used_at is null`;

    expect(code).toBe(0);
    expect(users).toEqual([
      { email: 'owner@arus.test', name: 'Ayu', role: 'ADMIN', is_active: true },
    ]);
    expect(links).toHaveLength(1);
    expect(String(output.mock.calls[0]?.[0])).toMatch(
      /http:\/\/localhost:4123\/set-password#token=[\w-]{43}/,
    );
  });

  it('refuses when the database has users already', async () => {
    const attempt = adminCreateCommand.run(['--email', 'second@arus.test', '--name', 'Dewi']);

    await expect(attempt).rejects.toThrow(ArusError);
    await expect(attempt).rejects.toThrow(/already has users/);
    const [{ count }] = (await database.sql`select count(*)::int as count from users`) as [
      { count: number },
    ];
    expect(count).toBe(1);
  });

  it('asks for both the e-mail and the name', async () => {
    await expect(adminCreateCommand.run(['--email', 'x@arus.test'])).rejects.toThrow(
      /--email and --name/,
    );
  });
});
