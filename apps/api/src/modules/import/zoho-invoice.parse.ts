import { isEmail, isSupportedCurrency, SUPPORTED_CURRENCIES } from '@arus/domain';

import { readCsvTable, type CsvRow, type ImportFile } from './csv-table';
import { importRefused } from './import.errors';
import { readZohoInvoices, type ZohoInvoice } from './zoho-invoice.invoices';

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

export interface ZohoExport {
  contacts: ZohoContact[];
  invoices: ZohoInvoice[];
  /** Rows left out on purpose; reported, never fatal. */
  warnings: string[];
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

/**
 * Reads a Zoho Invoice export (contacts and invoices CSVs, in any order) into plain records.
 * Refuses the whole export, listing every problem, when any row cannot be read faithfully.
 */
export function parseZohoExport(files: readonly ImportFile[]): ZohoExport {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (files.length === 0) problems.push('No file was given.');

  const tables = files.flatMap((file) => {
    const table = readCsvTable(file, problems);
    if (!table) return [];
    const kind = detectFileKind(table.header);
    if (!kind) {
      problems.push(
        `${file.name} is neither a Zoho Invoice contacts export (columns ${CONTACT_COLUMNS.join(', ')}) nor an invoices export (columns ${INVOICE_COLUMNS.join(', ')}).`,
      );
      return [];
    }
    return [{ file: file.name, kind, rows: table.rows }];
  });
  const contacts = readContacts(
    tables.filter((table) => table.kind === 'contacts').flatMap((table) => table.rows),
    problems,
    warnings,
  );
  const invoices = readZohoInvoices(
    tables.filter((table) => table.kind === 'invoices'),
    problems,
  );

  if (problems.length > 0) throw importRefused(problems);
  return { contacts, invoices, warnings };
}
