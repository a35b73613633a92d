import { parse } from 'csv-parse/sync';

import {
  formatAmount,
  isEmail,
  isLocalDate,
  isSupportedCurrency,
  minorUnitOf,
  parseAmount,
  SUPPORTED_CURRENCIES,
  type InvoiceStatus,
  type LocalDate,
} from '@arus/domain';

import { importRefused } from './import.errors';

export interface ImportFile {
  /** Shown in messages, so a person knows which file to fix. */
  name: string;
  text: string;
}

/**
 * How each Zoho Invoice status reads in Arus. Zoho's Overdue is only a sent invoice past its
 * due date, which Arus derives itself; Viewed only says the customer opened it.
 */
export const ZOHO_INVOICE_STATUSES: Readonly<Record<string, InvoiceStatus>> = {
  Draft: 'GENERATED',
  Sent: 'SENT',
  Viewed: 'SENT',
  Overdue: 'SENT',
  'Partially Paid': 'PROCESSING',
  Paid: 'COMPLETED',
  Void: 'VOIDED',
};

// Some Zoho exports write statuses in lower snake case (partially_paid); both spellings count.
const statusKey = (status: string) =>
  status
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

const STATUS_LOOKUP = new Map(
  Object.entries(ZOHO_INVOICE_STATUSES).map(([zoho, ours]) => [statusKey(zoho), ours]),
);

export function mapZohoStatus(status: string): InvoiceStatus | null {
  return STATUS_LOOKUP.get(statusKey(status)) ?? null;
}

const CONTACT_COLUMNS = ['Customer ID', 'Display Name', 'Contact Type'];
const INVOICE_COLUMNS = ['Invoice Number', 'Invoice Status'];

export type ZohoFileKind = 'contacts' | 'invoices';

/** Exports are told apart by their header, so files may be passed in any order. */
export function detectFileKind(header: readonly string[]): ZohoFileKind | null {
  const has = (columns: string[]) => columns.every((column) => header.includes(column));
  if (has(INVOICE_COLUMNS)) return 'invoices';
  if (has(CONTACT_COLUMNS)) return 'contacts';
  return null;
}

export interface ZohoContact {
  customerId: string;
  displayName: string;
  currency: string;
  email: string | null;
}

export interface ZohoInvoice {
  number: string;
  customerId: string;
  customerName: string;
  status: InvoiceStatus;
  issueDate: LocalDate;
  dueDate: LocalDate;
  completedOn: LocalDate | null;
  currency: string;
  amountMinor: bigint;
  projectId: string | null;
  projectName: string | null;
  subject: string | null;
}

export interface ZohoExport {
  contacts: ZohoContact[];
  invoices: ZohoInvoice[];
  /** Rows left out on purpose; reported, never fatal. */
  warnings: string[];
}

interface CsvRow {
  where: string;
  get(column: string): string;
}

interface CsvTable {
  kind: ZohoFileKind;
  rows: CsvRow[];
}

function readTable(file: ImportFile, problems: string[]): CsvTable | null {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(file.text, { bom: true, info: true, skip_empty_lines: true });
  } catch (error) {
    problems.push(`${file.name} is not a readable CSV file: ${(error as Error).message}`);
    return null;
  }

  const [first, ...rest] = records;
  const header = first?.record.map((column) => column.trim()) ?? [];
  const kind = detectFileKind(header);
  if (!kind) {
    problems.push(
      `${file.name} is neither a Zoho Invoice contacts export (columns ${CONTACT_COLUMNS.join(', ')}) nor an invoices export (columns ${INVOICE_COLUMNS.join(', ')}).`,
    );
    return null;
  }

  const position = new Map(header.map((column, index) => [column, index]));
  const rows = rest.map(({ record, info }) => ({
    where: `${file.name} line ${info.lines}`,
    get(column: string) {
      const index = position.get(column);
      return index === undefined ? '' : (record[index] ?? '').trim();
    },
  }));
  return { kind, rows };
}

function readContacts(rows: CsvRow[], problems: string[], warnings: string[]): ZohoContact[] {
  const contacts = new Map<string, ZohoContact>();
  for (const row of rows) {
    const customerId = row.get('Customer ID');
    const displayName = row.get('Display Name');
    const type = row.get('Contact Type').toLowerCase();
    if (type !== '' && type !== 'customer') {
      warnings.push(`${row.where}: ${type} "${displayName}" skipped; Arus imports customers only.`);
      continue;
    }
    if (!customerId || !displayName) {
      problems.push(`${row.where}: a contact needs both a Customer ID and a Display Name.`);
      continue;
    }

    const currency = row.get('Currency Code').toUpperCase();
    if (!isSupportedCurrency(currency)) {
      problems.push(
        `${row.where}: customer "${displayName}" has currency "${currency}", which Arus does not support (supported: ${SUPPORTED_CURRENCIES.join(', ')}).`,
      );
      continue;
    }
    const emailText = row.get('EmailID');
    if (emailText && !isEmail(emailText)) {
      warnings.push(`${row.where}: "${emailText}" is not an e-mail address; imported without one.`);
    }
    const contact = {
      customerId,
      displayName,
      currency,
      email: isEmail(emailText) ? emailText : null,
    };

    const earlier = contacts.get(customerId);
    if (earlier && JSON.stringify(earlier) !== JSON.stringify(contact)) {
      problems.push(
        `${row.where}: Customer ID ${customerId} appears twice with different details.`,
      );
    }
    contacts.set(customerId, earlier ?? contact);
  }
  return [...contacts.values()];
}

/** The columns that are repeated on every line of one invoice and must agree. */
const INVOICE_HEADER_COLUMNS = [
  'Customer ID',
  'Customer Name',
  'Invoice Status',
  'Invoice Date',
  'Due Date',
  'Last Payment Date',
  'Currency Code',
  'Total',
  'Project ID',
  'Project Name',
  'Subject',
];

interface InvoiceLines {
  number: string;
  files: Set<string>;
  rows: CsvRow[];
}

function groupInvoiceLines(tables: { file: string; rows: CsvRow[] }[], problems: string[]) {
  const groups = new Map<string, InvoiceLines>();
  for (const { file, rows } of tables) {
    for (const row of rows) {
      const number = row.get('Invoice Number');
      if (!number) {
        problems.push(`${row.where}: the line has no Invoice Number.`);
        continue;
      }
      const group = groups.get(number) ?? { number, files: new Set(), rows: [] };
      group.files.add(file);
      group.rows.push(row);
      groups.set(number, group);
    }
  }
  return [...groups.values()];
}

/**
 * Zoho writes some amounts with more zeros than the currency has ("0.000"); those zeros are
 * dropped, but a non-zero digit past the minor unit is refused like any other input.
 */
function readAmount(text: string, currency: string): bigint {
  const digits = minorUnitOf(currency);
  const match = /^(-?\d+)\.(\d+)$/.exec(text);
  const fraction = match?.[2] ?? '';
  const isPaddedWithZeros = fraction.length > digits && /^0+$/.test(fraction.slice(digits));
  const trimmed =
    match && isPaddedWithZeros
      ? `${match[1]}${digits > 0 ? `.${fraction.slice(0, digits)}` : ''}`
      : text;
  return parseAmount('amount', trimmed, currency);
}

function readInvoice(lines: InvoiceLines, problems: string[]): ZohoInvoice | null {
  const { number, rows } = lines;
  const [first] = rows;
  if (!first) return null;
  const problemCount = problems.length;
  const fail = (message: string) => problems.push(`Invoice ${number}: ${message}`);

  if (lines.files.size > 1) {
    fail(`its lines appear in more than one file (${[...lines.files].join(', ')}).`);
  }
  for (const column of INVOICE_HEADER_COLUMNS) {
    const values = new Set(rows.map((row) => row.get(column)));
    if (values.size > 1) fail(`its lines disagree on ${column} (${[...values].join(' / ')}).`);
  }

  const zohoStatus = first.get('Invoice Status');
  const status = mapZohoStatus(zohoStatus);
  if (!status) {
    fail(
      `status "${zohoStatus}" is unknown; known statuses: ${Object.keys(ZOHO_INVOICE_STATUSES).join(', ')}.`,
    );
  }
  const readDate = (column: string) => {
    const text = first.get(column);
    if (!isLocalDate(text)) fail(`${column} "${text}" is not a date in the form YYYY-MM-DD.`);
    return text;
  };
  const issueDate = readDate('Invoice Date');
  const dueDate = readDate('Due Date');
  const lastPaymentDate = first.get('Last Payment Date') ? readDate('Last Payment Date') : null;
  const customerId = first.get('Customer ID');
  if (!customerId) fail('it has no Customer ID.');

  const currency = first.get('Currency Code').toUpperCase();
  let amountMinor = 0n;
  if (!isSupportedCurrency(currency)) {
    fail(
      `currency "${currency}" is not supported (supported: ${SUPPORTED_CURRENCIES.join(', ')}).`,
    );
  } else {
    amountMinor = sumLines(number, rows, currency, fail);
  }

  if (problems.length > problemCount || !status) return null;
  return {
    number,
    customerId,
    customerName: first.get('Customer Name'),
    status,
    issueDate,
    dueDate,
    // Zoho leaves the payment date empty on some paid invoices; the invoice date is then the
    // only day the export can vouch for.
    completedOn: status === 'COMPLETED' ? (lastPaymentDate ?? issueDate) : null,
    currency,
    amountMinor,
    projectId: first.get('Project ID') || null,
    projectName: first.get('Project Name') || null,
    subject: first.get('Subject') || null,
  };
}

/**
 * The invoice amount is the exact sum of its lines, cross-checked against Zoho's Total: a
 * difference means taxes, discounts or charges that the import does not model, and guessing
 * which would bill the customer a wrong amount.
 */
function sumLines(
  number: string,
  rows: CsvRow[],
  currency: string,
  fail: (message: string) => void,
): bigint {
  let sum = 0n;
  for (const row of rows) {
    try {
      sum += readAmount(row.get('Item Total'), currency);
    } catch (error) {
      fail(`${row.where}: Item Total: ${(error as Error).message}`);
      return 0n;
    }
  }
  const totalText = rows[0]?.get('Total') ?? '';
  let total: bigint;
  try {
    total = readAmount(totalText, currency);
  } catch (error) {
    fail(`Total: ${(error as Error).message}`);
    return 0n;
  }
  if (sum !== total) {
    fail(
      `its lines add up to ${formatAmount(sum, currency)} ${currency} but its Total is ${totalText} ${currency}; taxes, discounts, shipping and adjustments are not imported.`,
    );
  } else if (sum <= 0n) {
    fail(
      `its amount is ${formatAmount(sum, currency)} ${currency}; Arus keeps positive invoices only.`,
    );
  }
  return sum;
}

/**
 * Reads a Zoho Invoice export (contacts and invoices CSVs, in any order) into plain records.
 * Refuses the whole export, listing every problem, when any row cannot be read faithfully.
 */
export function parseZohoExport(files: readonly ImportFile[]): ZohoExport {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (files.length === 0) problems.push('No file was given.');

  const tables = files.flatMap((file) => {
    const table = readTable(file, problems);
    return table ? [{ file: file.name, ...table }] : [];
  });
  const contactRows = tables.filter((table) => table.kind === 'contacts');
  const contacts = readContacts(
    contactRows.flatMap((table) => table.rows),
    problems,
    warnings,
  );
  const invoiceTables = tables.filter((table) => table.kind === 'invoices');
  const invoices = groupInvoiceLines(invoiceTables, problems).flatMap((lines) => {
    const invoice = readInvoice(lines, problems);
    return invoice ? [invoice] : [];
  });

  if (problems.length > 0) throw importRefused(problems);
  return { contacts, invoices, warnings };
}
