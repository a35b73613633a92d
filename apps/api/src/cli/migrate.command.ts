import { EXIT_OK, parseCommandArgs, print, type Command } from './command';
import { withMigratedDatabase } from './open-migrated-database';

export const migrateCommand: Command = {
  summary: 'apply the database migrations that have not run yet',
  usage: 'pnpm arus migrate',
  async run(args) {
    parseCommandArgs(args, {});

    await withMigratedDatabase(async () => undefined);

    print('Database is up to date.');
    return EXIT_OK;
  },
};
