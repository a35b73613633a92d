import {
  formatAmount,
  isLocalDate,
  isSupportedCurrency,
  minorUnitOf,
  parseAmount,
  SUPPORTED_CURRENCIES,
  type InvoiceStatus,
  type LocalDate,
} from '@arus/domain';

import type { CsvRow } from './csv-table';
import { mapZohoStatus, ZOHO_INVOICE_STATUSES } from './zoho-invoice.status';

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

function groupInvoiceLines(
  tables: readonly { file: string; rows: CsvRow[] }[],
  problems: string[],
) {
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
 * One invoice per Invoice Number, from the line-per-row invoices exports; an invoice that
 * cannot be read faithfully adds its problems and is left out.
 */
export function readZohoInvoices(
  tables: readonly { file: string; rows: CsvRow[] }[],
  problems: string[],
): ZohoInvoice[] {
  return groupInvoiceLines(tables, problems).flatMap((lines) => {
    const invoice = readInvoice(lines, problems);
    return invoice ? [invoice] : [];
  });
}
