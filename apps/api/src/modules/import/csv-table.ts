import { parse } from 'csv-parse/sync';

export interface ImportFile {
  /** Shown in messages, so a person knows which file to fix. */
  name: string;
  text: string;
}

/** One record of a CSV file, read by column name. */
export interface CsvRow {
  /** "invoices.csv line 12", for messages. */
  where: string;
  /** The trimmed value, or '' when the file has no such column. */
  get(column: string): string;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** Reads a CSV with a header line; a file that cannot be read adds a problem and yields null. */
export function readCsvTable(file: ImportFile, problems: string[]): CsvTable | null {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(file.text, { bom: true, info: true, skip_empty_lines: true });
  } catch (error) {
    problems.push(`${file.name} is not a readable CSV file: ${(error as Error).message}`);
    return null;
  }

  const [first, ...rest] = records;
  const header = first?.record.map((column) => column.trim()) ?? [];
  const position = new Map(header.map((column, index) => [column, index]));
  const rows = rest.map(({ record, info }) => ({
    where: `${file.name} line ${info.lines}`,
    get(column: string) {
      const index = position.get(column);
      return index === undefined ? '' : (record[index] ?? '').trim();
    },
  }));
  return { header, rows };
}
