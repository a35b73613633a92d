import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT_DIR } from '../apps/api/src/config';
import { importZohoInvoice } from '../apps/api/src/modules/import/zoho-invoice.import';
import { DEMO_TODAY, startDemoApp, type DemoApp } from './demo-app';
import { signIn as signInAs } from './sign-in';

const ZOHO_SAMPLE = path.join(ROOT_DIR, 'apps/api/src/modules/import/fixtures/zoho-invoice');

describe('Arus in a browser', () => {
  let app: DemoApp;

  beforeAll(async () => {
    app = await startDemoApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  function signIn(email: string): Promise<Page> {
    return signInAs(app.browser, app.url, email);
  }

  it('signs am1 in and shows the showcase account with its known codes and amounts', async () => {
    const page = await signIn('am1@demo.arus');

    const firstRow = page.getByRole('row', { name: /CUS-000001/ });
    await expect(firstRow.textContent()).resolves.toContain('PT Nusantara Digital Kreatif');
    // Owed: the sent milestone of 60,000,000.00, due 10 days ago, so all of it is overdue.
    await expect(firstRow.textContent()).resolves.toMatch(
      /IDR\s60,000,000\.00.*IDR\s60,000,000\.00/,
    );

    await page.getByRole('link', { name: 'CUS-000001' }).click();
    await page.getByRole('heading', { name: 'PT Nusantara Digital Kreatif' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';

    for (const code of ['PRJ-2026-0001', 'QUO-2026-00001', 'QUO-2026-00002', 'SO-2026-00001']) {
      expect(text).toContain(code);
    }
    const deposit = page.getByRole('row', { name: /INV-2026-00001/ });
    const milestone = page.getByRole('row', { name: /INV-2026-00002/ });
    await expect(deposit.textContent()).resolves.toMatch(/Paid.*IDR\s45,000,000\.00/);
    await expect(milestone.textContent()).resolves.toMatch(/Sent.*Overdue.*IDR\s60,000,000\.00/);
    // Order total 150,000,000.00; billed 45 + 60 = 105 million; 45 million left to bill.
    expect(text).toMatch(/IDR\s150,000,000\.00/);
    expect(text).toMatch(/IDR\s105,000,000\.00/);
    expect(text).toMatch(/IDR\s45,000,000\.00/);
  });

  it("shows the Zoho sample, imported while the app runs, on its customers' pages", async () => {
    const files = await Promise.all(
      ['contacts.csv', 'invoices.csv'].map(async (name) => ({
        name,
        text: await readFile(path.join(ZOHO_SAMPLE, name), 'utf8'),
      })),
    );
    await importZohoInvoice(app.database.db, files, { today: DEMO_TODAY });
    const page = await signIn('admin@demo.arus');

    const totals: Record<string, string> = {};
    for (const name of ['Highlander', 'Jessica Jones', 'Simpsons Baking Co']) {
      await page.goto(`${app.url}/customers`);
      await page
        .getByRole('row', { name: new RegExp(name) })
        .getByRole('link')
        .click();
      await page.getByRole('heading', { name }).waitFor();
      const row = page.getByRole('row', { name: /INV-2021-/ });
      totals[name] = ((await row.textContent()) ?? '').replace(/\s+/g, ' ');
    }

    // Worked out from the invoice lines: 25.50 + 4.25 + 180.00 + 280.00;
    // 21.25 + 25.50 + 175.00 + 38.25 + 200.00; 45.00 + 25.00 + 140.00 + 180.00.
    expect(totals.Highlander).toContain('$489.75');
    expect(totals['Jessica Jones']).toContain('$460.00');
    expect(totals['Simpsons Baking Co']).toContain('$390.00');
  });

  it('switches the interface to Bahasa Indonesia', async () => {
    const page = await signIn('am1@demo.arus');

    await page.getByText('Bahasa Indonesia').click();

    await page.getByRole('heading', { name: 'Pelanggan' }).waitFor();
  });
});
