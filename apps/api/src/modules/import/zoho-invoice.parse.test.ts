import { describe, expect, it } from 'vitest';

import { buildContactsCsv, buildInvoicesCsv, sampleExport } from './zoho-invoice.fixtures';
import { parseZohoExport } from './zoho-invoice.parse';
import { mapZohoStatus, ZOHO_INVOICE_STATUSES } from './zoho-invoice.status';

describe('parseZohoExport', () => {
  it('keeps commas and quotes inside quoted fields', () => {
    const contacts = buildContactsCsv([{ 'Display Name': 'Stark, Tony "Iron" & Co' }]);
    const invoices = buildInvoicesCsv([{ Subject: 'Design, build, launch' }]);

    const result = parseZohoExport([contacts, invoices]);

    expect(result.contacts[0]?.displayName).toBe('Stark, Tony "Iron" & Co');
    expect(result.invoices[0]?.subject).toBe('Design, build, launch');
  });

  it('tells contacts from invoices by their header, in any order', () => {
    const { contacts, invoices } = sampleExport();

    const result = parseZohoExport([invoices, contacts]);

    expect(result.contacts.map((contact) => contact.displayName)).toEqual([
      'Avengers',
      'Jessica Jones',
      'Highlander',
      'Simpsons Baking Co',
      'Defenders',
    ]);
    expect(result.invoices.map((invoice) => invoice.number)).toEqual([
      'INV-000001',
      'INV-000002',
      'INV-000003',
    ]);
  });

  it('adds up the lines of each invoice exactly', () => {
    const invoices = buildInvoicesCsv([
      { 'Item Total': '0.10', Total: '0.30' },
      { 'Item Total': '0.20', Total: '0.30' },
    ]);

    const [invoice] = parseZohoExport([invoices]).invoices;

    expect(invoice?.amountMinor).toBe(30n);
  });

  it('drops zeros past the minor unit but refuses other extra digits', () => {
    const padded = buildInvoicesCsv([{ 'Item Total': '100.000', Total: '100.00' }]);
    const fractional = buildInvoicesCsv([{ 'Item Total': '100.005', Total: '100.00' }]);

    expect(parseZohoExport([padded]).invoices[0]?.amountMinor).toBe(10000n);
    expect(() => parseZohoExport([fractional])).toThrow(/INV-000101.*Item Total/);
  });

  it('refuses an invoice whose Total disagrees with its lines, naming it', () => {
    const invoices = buildInvoicesCsv([
      { 'Invoice Number': 'INV-000007', 'Item Total': '60.00', Total: '110.00' },
      { 'Invoice Number': 'INV-000007', 'Item Total': '40.00', Total: '110.00' },
    ]);

    expect(() => parseZohoExport([invoices])).toThrow(
      /INV-000007: its lines add up to 100\.00 USD but its Total is 110\.00 USD/,
    );
  });

  it('refuses a contact in a currency Arus does not support', () => {
    const contacts = buildContactsCsv([{ 'Currency Code': 'XBT' }]);

    expect(() => parseZohoExport([contacts])).toThrow(/contacts\.csv line 2.*"XBT"/);
  });

  it('refuses a file that is neither contacts nor invoices, naming it', () => {
    const file = { name: 'items.csv', text: 'Item Name,Rate\nMallet,4.25\n' };

    expect(() => parseZohoExport([file])).toThrow(/items\.csv is neither/);
  });

  it('completes a paid invoice on its last payment date, or else its invoice date', () => {
    const invoices = buildInvoicesCsv([
      { 'Invoice Number': 'INV-1', 'Invoice Status': 'Paid', 'Last Payment Date': '2026-03-20' },
      { 'Invoice Number': 'INV-2', 'Invoice Status': 'Paid' },
      { 'Invoice Number': 'INV-3', 'Invoice Status': 'Sent' },
    ]);

    const result = parseZohoExport([invoices]);

    expect(result.invoices.map((invoice) => invoice.completedOn)).toEqual([
      '2026-03-20',
      '2026-03-02',
      null,
    ]);
  });
});

describe('ZOHO_INVOICE_STATUSES', () => {
  it.each([
    ['Draft', 'GENERATED'],
    ['Sent', 'SENT'],
    ['Viewed', 'SENT'],
    ['Overdue', 'SENT'],
    ['Partially Paid', 'PROCESSING'],
    ['partially_paid', 'PROCESSING'],
    ['Paid', 'COMPLETED'],
    ['Void', 'VOIDED'],
  ])('reads Zoho status %s as %s', (zoho, ours) => {
    expect(mapZohoStatus(zoho)).toBe(ours);
  });

  it('covers the seven statuses Zoho Invoice exports', () => {
    expect(Object.keys(ZOHO_INVOICE_STATUSES)).toHaveLength(7);
  });

  it('refuses an unknown status, naming it and the invoice', () => {
    const invoices = buildInvoicesCsv([{ 'Invoice Status': 'Disputed' }]);

    expect(() => parseZohoExport([invoices])).toThrow(/INV-000101: status "Disputed" is unknown/);
  });
});
