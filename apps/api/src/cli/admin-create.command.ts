// The user services share modules with the GraphQL types, whose decorators need this first.
import 'reflect-metadata';

import { systemClock } from '@arus/domain';

import { readConfig } from '../config';
import { createFirstAdmin } from '../modules/users/first-admin.service';
import { EXIT_OK, parseCommandArgs, print, UsageError, type Command } from './command';
import { withMigratedDatabase } from './open-migrated-database';

export const adminCreateCommand: Command = {
  summary: 'create the first admin of a database without users, and print their password link',
  usage: 'pnpm arus admin:create --email EMAIL --name NAME',
  async run(args) {
    const { values } = parseCommandArgs(args, {
      email: { type: 'string' },
      name: { type: 'string' },
    });
    if (!values.email || !values.name) {
      throw new UsageError('Give both --email and --name of the first admin.');
    }
    // The command runs on the server, away from any browser: the link names the app's own port.
    const origin = `http://localhost:${readConfig().port}`;

    const { user, passwordLink } = await withMigratedDatabase((db) =>
      createFirstAdmin(db, systemClock, { email: values.email!, name: values.name!, origin }),
    );

    print(
      [
        `Created ${user.name} <${user.email}> as ADMIN.`,
        `Open this link once to set the password (it works until ${passwordLink!.expiresAt.toISOString()}):`,
        `  ${passwordLink!.url}`,
        'Behind another address, replace http://localhost:PORT with it and keep the rest.',
      ].join('\n'),
    );
    return EXIT_OK;
  },
};
