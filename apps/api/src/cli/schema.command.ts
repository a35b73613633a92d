import { SCHEMA_FILE, writeSchemaFile } from '../graphql/schema';
import { EXIT_OK, parseCommandArgs, print, type Command } from './command';

export const schemaCommand: Command = {
  summary: 'write the GraphQL SDL to apps/api/schema.graphql',
  usage: 'pnpm schema',
  async run(args) {
    parseCommandArgs(args, {});

    await writeSchemaFile();

    print(`Wrote ${SCHEMA_FILE}.`);
    return EXIT_OK;
  },
};
