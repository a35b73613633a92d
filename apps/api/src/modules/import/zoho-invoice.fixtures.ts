import { readFileSync } from 'node:fs';

import type { ImportFile } from './csv-table';

/** The sample export kept beside the tests (fictional people). */
export function sampleExport(): { contacts: ImportFile; invoices: ImportFile } {
  const read = (name: string) => ({
    name,
    text: readFileSync(new URL(`./fixtures/zoho-invoice/${name}`, import.meta.url), 'utf8'),
  });
  return { contacts: read('contacts.csv'), invoices: read('invoices.csv') };
}

const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;

function toCsv(
  name: string,
  columns: readonly string[],
  rows: Record<string, string>[],
): ImportFile {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))];
  return { name, text: `${lines.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n` };
}

const CONTACT_COLUMNS = ['Display Name', 'Currency Code', 'EmailID', 'Customer ID', 'Contact Type'];

export function buildContactsCsv(rows: Record<string, string>[]): ImportFile {
  const withDefaults = rows.map((row) => ({
    'Display Name': 'Wayne Enterprises',
    'Currency Code': 'USD',
    EmailID: 'bruce@wayne.example.com',
    'Customer ID': '9000000000000000001',
    'Contact Type': 'customer',
    ...row,
  }));
  return toCsv('contacts.csv', CONTACT_COLUMNS, withDefaults);
}

const INVOICE_COLUMNS = [
  'Invoice Date',
  'Invoice Number',
  'Invoice Status',
  'Customer Name',
  'Customer ID',
  'Due Date',
  'Currency Code',
  'Project ID',
  'Project Name',
  'Item Total',
  'Total',
  'Last Payment Date',
  'Subject',
];

/** One row per invoice line; unset columns read as in a plain one-line sent invoice. */
export function buildInvoicesCsv(rows: Record<string, string>[]): ImportFile {
  const withDefaults = rows.map((row) => ({
    'Invoice Date': '2026-03-02',
    'Invoice Number': 'INV-000101',
    'Invoice Status': 'Sent',
    'Customer Name': 'Wayne Enterprises',
    'Customer ID': '9000000000000000001',
    'Due Date': '2026-04-01',
    'Currency Code': 'USD',
    'Item Total': '100.00',
    Total: '100.00',
    ...row,
  }));
  return toCsv('invoices.csv', INVOICE_COLUMNS, withDefaults);
}
