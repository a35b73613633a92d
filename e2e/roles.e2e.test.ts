import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startDemoApp, type DemoApp } from './demo-app';
import { signIn } from './sign-in';

// A figure as the app prints it, such as "IDR 150,000,000.00".
const IDR_AMOUNT = /IDR\s[\d,]+\.\d{2}/;

describe('What each role sees of the showcase account', () => {
  let app: DemoApp;

  beforeAll(async () => {
    app = await startDemoApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Signs in and opens CUS-000001 from the customers list; returns the page and its text. */
  async function openShowcase(email: string): Promise<{ page: Page; text: string }> {
    const page = await signIn(app.browser, app.url, email);
    await page.getByRole('link', { name: 'CUS-000001' }).click();
    await page.getByRole('heading', { name: 'PT Nusantara Digital Kreatif' }).waitFor();
    await page.getByRole('region', { name: 'Website redesign' }).waitFor();
    // The key figures load apart; every role reads projects, so this one is always there.
    await page.getByRole('region', { name: 'On-time delivery' }).waitFor();
    return { page, text: (await page.locator('main').textContent()) ?? '' };
  }

  it('shows sales the quotes but no sales orders and no invoices', async () => {
    const { page, text } = await openShowcase('sales@demo.arus');

    await page.getByRole('heading', { name: 'Quotes' }).waitFor();
    expect(text).toContain('QUO-2026-00001');
    expect(text).toContain('QUO-2026-00002');
    expect(text).toMatch(/IDR\s150,000,000\.00/);
    expect(await page.getByRole('heading', { name: 'Sales orders' }).count()).toBe(0);
    expect(text).not.toContain('SO-2026-');
    expect(text).not.toContain('INV-');
  });

  it('shows delivery the sales order with every amount hidden', async () => {
    const { page, text } = await openShowcase('delivery@demo.arus');

    await page.getByRole('region', { name: 'SO-2026-00001' }).waitFor();
    expect(text).toContain('SO-2026-00001');
    await page.getByRole('progressbar', { name: '60% fulfilled' }).waitFor();
    // Budget, delivery cost, the order's total, billed and unbilled, and the plan's parts.
    expect(await page.getByLabel('Hidden for your role').count()).toBeGreaterThanOrEqual(5);
    expect(text).not.toMatch(IDR_AMOUNT);
    expect(text).not.toContain('QUO-');
    expect(text).not.toContain('INV-');
  });

  it('shows finance the invoices but no quotes', async () => {
    const { page, text } = await openShowcase('finance@demo.arus');

    const deposit = page.getByRole('row', { name: /INV-2026-00001/ });
    await expect(deposit.textContent()).resolves.toMatch(/Paid.*IDR\s45,000,000\.00/);
    expect(text).toContain('INV-2026-00002');
    expect(text).toContain('SO-2026-00001');
    expect(await page.getByRole('heading', { name: 'Quotes' }).count()).toBe(0);
    expect(text).not.toContain('QUO-');
  });

  it("keeps another account manager out of am1's account but lists its owner", async () => {
    const page = await signIn(app.browser, app.url, 'am2@demo.arus');

    await page.goto(`${app.url}/customers/CUS-000001`);
    await page.getByText('This account belongs to another account manager').waitFor();
    expect(await page.getByRole('heading', { name: 'PT Nusantara Digital Kreatif' }).count()).toBe(
      0,
    );

    await page.getByRole('link', { name: '← All customers' }).click();
    await page.getByRole('tab', { name: 'All accounts' }).click();
    const directory = page.getByRole('table', { name: 'All accounts' });
    const showcase = directory.getByRole('row', { name: /CUS-000001/ });
    await expect(showcase.textContent()).resolves.toMatch(
      /CUS-000001.*PT Nusantara Digital Kreatif.*Budi Santoso/,
    );
    // Listed to say whom to ask, not to be opened.
    expect(await showcase.getByRole('link').count()).toBe(0);
  });

  it('shows the admin the users, am1 among them', async () => {
    const page = await signIn(app.browser, app.url, 'admin@demo.arus');

    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    await page.waitForURL(/\/admin$/);
    const users = page.getByRole('table', { name: 'Users' });
    const am1 = users.getByRole('row', { name: /am1@demo\.arus/ });
    await expect(am1.textContent()).resolves.toMatch(
      /Budi Santoso.*am1@demo\.arus.*Account manager/,
    );
    expect(await users.getByRole('row', { name: /admin@demo\.arus/ }).count()).toBe(1);
  });
});
