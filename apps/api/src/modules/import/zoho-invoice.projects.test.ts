import { describe, expect, it } from 'vitest';

import { buildInvoicesCsv } from './zoho-invoice.fixtures';
import { parseZohoExport } from './zoho-invoice.parse';
import { planProjects } from './zoho-invoice.projects';

const plan = (rows: Record<string, string>[]) =>
  planProjects(parseZohoExport([buildInvoicesCsv(rows)]).invoices);

describe('planProjects', () => {
  it('gives an invoice outside any project a project of its own, named by its subject', () => {
    const { plans } = plan([
      { 'Invoice Number': 'INV-1', Subject: 'Lawn Service' },
      { 'Invoice Number': 'INV-2' },
    ]);

    expect(plans.map(({ externalRef, name }) => ({ externalRef, name }))).toEqual([
      { externalRef: 'invoice:INV-1', name: 'Lawn Service' },
      { externalRef: 'invoice:INV-2', name: 'Invoice INV-2' },
    ]);
  });

  it('groups the invoices of one Zoho project, from its first invoice to its last due date', () => {
    const project = { 'Project ID': 'P-7', 'Project Name': 'Rebrand' };

    const { plans } = plan([
      {
        ...project,
        'Invoice Number': 'INV-1',
        'Invoice Date': '2026-02-01',
        'Due Date': '2026-05-01',
      },
      {
        ...project,
        'Invoice Number': 'INV-2',
        'Invoice Date': '2026-01-15',
        'Due Date': '2026-02-15',
      },
    ]);

    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      externalRef: 'P-7',
      name: 'Rebrand',
      acceptedOn: '2026-01-15',
      deadline: '2026-05-01',
      totalMinor: 20000n,
    });
  });

  it('leaves voided invoices out of the total and out of fulfilment', () => {
    const project = { 'Project ID': 'P-8', 'Invoice Status': 'Paid' };

    const { plans } = plan([
      { ...project, 'Invoice Number': 'INV-1' },
      { ...project, 'Invoice Number': 'INV-2', 'Invoice Status': 'Void' },
    ]);

    expect(plans[0]).toMatchObject({ totalMinor: 10000n, isFulfilled: true });
  });

  it('is not fulfilled while an invoice is unpaid', () => {
    const project = { 'Project ID': 'P-9' };

    const { plans } = plan([
      { ...project, 'Invoice Number': 'INV-1', 'Invoice Status': 'Paid' },
      { ...project, 'Invoice Number': 'INV-2', 'Invoice Status': 'Partially Paid' },
    ]);

    expect(plans[0]?.isFulfilled).toBe(false);
  });
});
