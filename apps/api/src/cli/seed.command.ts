import { hasDemoData } from '@arus/db/demo';
import { isLocalDate, systemClock } from '@arus/domain';

import { loadDemoData } from '../demo-data';
import {
  CommandError,
  EXIT_OK,
  UsageError,
  parseCommandArgs,
  print,
  type Command,
} from './command';
import { withMigratedDatabase } from './open-migrated-database';

export const seedCommand: Command = {
  summary: 'load the demo portfolio into an empty database',
  usage: 'pnpm seed [--scale N] [--today YYYY-MM-DD]',
  async run(args) {
    const { values } = parseCommandArgs(args, {
      scale: { type: 'string', default: '1' },
      today: { type: 'string' },
    });
    const scale = Number(values.scale);
    if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
      throw new UsageError(
        `--scale must be a whole number from 1 to 1000; it was ${values.scale}.`,
      );
    }
    if (values.today !== undefined && !isLocalDate(values.today)) {
      throw new UsageError(`--today must be a date YYYY-MM-DD; it was ${values.today}.`);
    }

    const summary = await withMigratedDatabase(async (db) => {
      if (await hasDemoData(db)) {
        throw new CommandError(
          'This database already has users; the demo data goes only into an empty database.',
        );
      }
      return loadDemoData(db, systemClock, { scale, today: values.today });
    });

    print(
      `Demo data loaded: ${summary.customers} customers, ${summary.projects} projects, ${summary.quotes} quotes, ${summary.salesOrders} sales orders, ${summary.invoices} invoices.`,
    );
    return EXIT_OK;
  },
};
