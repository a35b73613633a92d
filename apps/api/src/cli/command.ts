import { parseArgs, type ParseArgsConfig } from 'node:util';

/** One subcommand of `pnpm arus`. */
export interface Command {
  /** One line for the list of commands. */
  summary: string;
  usage: string;
  /** Resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

/** The command line itself is wrong; the dispatcher prints the usage and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure the person can fix from its message alone, so no stack trace is printed. */
export class CommandError extends Error {
  override name = 'CommandError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** node:util's parseArgs, with its complaints about the command line turned into UsageError. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function print(text: string): void {
  process.stdout.write(`${text}\n`);
}
