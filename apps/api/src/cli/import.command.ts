import { readFile } from 'node:fs/promises';

import type { Database } from '@arus/db';
import { localDateIn } from '@arus/domain';

import type { ImportFile } from '../modules/import/csv-table';
import {
  companyTimeZone,
  importZohoInvoice,
  type ImportOptions,
  type ImportSummary,
} from '../modules/import/zoho-invoice.import';
import {
  CommandError,
  EXIT_OK,
  parseCommandArgs,
  print,
  UsageError,
  type Command,
} from './command';
import { withMigratedDatabase } from './open-migrated-database';

type Importer = (
  db: Database,
  files: readonly ImportFile[],
  options: ImportOptions,
) => Promise<ImportSummary>;

/** The export formats Arus reads, by the name given to --format. */
const IMPORTERS: Readonly<Record<string, Importer>> = {
  'zoho-invoice': importZohoInvoice,
};

const FORMATS = Object.keys(IMPORTERS).join(', ');

const ENTITY_LABELS: ReadonlyArray<[keyof Omit<ImportSummary, 'warnings'>, string]> = [
  ['customers', 'customers'],
  ['projects', 'projects'],
  ['quotes', 'quotes'],
  ['salesOrders', 'sales orders'],
  ['invoices', 'invoices'],
];

export const importCommand: Command = {
  summary: 'import customers and invoices exported from another tool',
  usage: `pnpm arus import --format FORMAT [--owner EMAIL] FILE...   (FORMAT: ${FORMATS})`,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      owner: { type: 'string' },
    });
    if (values.format === undefined) throw new UsageError(`Name the format: --format ${FORMATS}.`);
    const importer = Object.hasOwn(IMPORTERS, values.format) ? IMPORTERS[values.format] : null;
    if (!importer) {
      throw new UsageError(`Unknown format "${values.format}"; supported: ${FORMATS}.`);
    }
    if (positionals.length === 0) throw new UsageError('Name at least one file to import.');

    const files = await Promise.all(positionals.map(readImportFile));
    const summary = await withMigratedDatabase(async (db) => {
      const today = localDateIn(await companyTimeZone(db), new Date());
      return importer(db, files, { ownerEmail: values.owner, today });
    });

    print(formatSummary(values.format, files.length, summary));
    return EXIT_OK;
  },
};

async function readImportFile(path: string): Promise<ImportFile> {
  try {
    return { name: path, text: await readFile(path, 'utf8') };
  } catch (error) {
    throw new CommandError(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

function formatSummary(format: string, fileCount: number, summary: ImportSummary): string {
  const lines = [`Imported ${fileCount} file${fileCount === 1 ? '' : 's'} (${format}):`];
  for (const [key, label] of ENTITY_LABELS) {
    const { created, unchanged } = summary[key];
    lines.push(`  ${label.padEnd(13)} ${created} created, ${unchanged} unchanged`);
  }
  if (summary.warnings.length > 0) {
    lines.push('Warnings:', ...summary.warnings.map((warning) => `  - ${warning}`));
  }
  return lines.join('\n');
}
