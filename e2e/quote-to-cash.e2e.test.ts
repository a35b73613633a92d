import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startDemoApp, type DemoApp } from './demo-app';
import { signIn } from './sign-in';

const REJECTION = 'The purchase order number is missing';

/** Every space-like character as one plain space, so texts read as on screen. */
function flatText(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ');
}

describe('Quote to cash in a browser', () => {
  let app: DemoApp;

  beforeAll(async () => {
    app = await startDemoApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  async function openShowcaseProject(): Promise<{ page: Page; project: Locator }> {
    const page = await signIn(app.browser, app.url, 'am1@demo.arus');
    await page.getByRole('link', { name: 'CUS-000001' }).click();
    await page.getByRole('heading', { name: 'PT Nusantara Digital Kreatif' }).waitFor();
    return { page, project: page.getByRole('region', { name: 'Website redesign' }) };
  }

  it('takes a quote through an order and a billing plan to a rejected and re-issued invoice', async () => {
    const { page, project } = await openShowcaseProject();

    await project.getByRole('button', { name: 'New quote' }).click();
    const quoteDialog = page.getByRole('dialog', { name: 'New quote' });
    await quoteDialog.getByLabel('Total (IDR)').fill('10000000.00');
    await quoteDialog.getByLabel('Valid until').fill('2026-07-15');
    await quoteDialog.getByRole('button', { name: 'Create quote' }).click();
    await quoteDialog.waitFor({ state: 'hidden' });

    const quote = project.getByRole('row').filter({ hasText: /IDR\s10,000,000\.00/ });
    await quote.getByText('Active', { exact: true }).waitFor();
    const quoteCode = await quote.getByText(/^QUO-2026-\d{5}$/).textContent();
    expect(quoteCode).not.toMatch(/^QUO-2026-0000[12]$/);
    await quote.getByRole('button', { name: 'Accept' }).click();
    await quote.getByText('Accepted', { exact: true }).waitFor();

    // The showcase order totals 150 million; the only order of 10 million is the new one.
    const order = project
      .getByRole('region', { name: /^SO-2026-\d{5}$/ })
      .filter({ hasText: /IDR\s10,000,000\.00/ });
    await order.waitFor();
    const orderCode = await order.getAttribute('aria-label');
    expect(orderCode).not.toBe('SO-2026-00001');
    await order.getByText('Open', { exact: true }).waitFor();

    await order.getByRole('button', { name: 'Billing plan' }).click();
    const planDialog = page.getByRole('dialog', { name: 'Billing plan' });
    const deposit = planDialog.getByRole('group', { name: 'Part 1' });
    await deposit.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Deposit' });
    await deposit.getByRole('textbox', { name: 'Part' }).fill('Deposit');
    await deposit.getByRole('combobox', { name: 'Given as' }).selectOption({ label: 'Percentage' });
    await deposit.getByRole('textbox', { name: 'Value' }).fill('30');
    await planDialog.getByRole('button', { name: 'Add a part' }).click();
    const milestone = planDialog.getByRole('group', { name: 'Part 2' });
    await milestone.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Milestone' });
    await milestone.getByRole('textbox', { name: 'Part' }).fill('Go-live');
    await milestone
      .getByRole('combobox', { name: 'Given as' })
      .selectOption({ label: 'Percentage' });
    await milestone.getByRole('textbox', { name: 'Value' }).fill('70');
    await planDialog.getByRole('button', { name: 'Save' }).click();
    await planDialog.waitFor({ state: 'hidden' });

    // 30 % and 70 % of 10,000,000.00.
    const plan = order.getByRole('table', { name: 'Billing plan' });
    const depositPart = plan.getByRole('row', { name: /Deposit/ });
    const milestonePart = plan.getByRole('row', { name: /Go-live/ });
    expect(flatText(await depositPart.textContent())).toMatch(/30%.*IDR 3,000,000\.00.*Not billed/);
    expect(flatText(await milestonePart.textContent())).toMatch(
      /Milestone.*70%.*IDR 7,000,000\.00.*Not billed/,
    );

    await order.getByRole('button', { name: 'Create invoice' }).click();
    const invoiceDialog = page.getByRole('dialog', { name: `Create an invoice for ${orderCode}` });
    await invoiceDialog.getByText(/Still billable: IDR\s10,000,000\.00/).waitFor();
    await invoiceDialog
      .getByRole('radio', { name: /^Deposit \(Deposit\): IDR\s3,000,000\.00$/ })
      .check();
    await invoiceDialog.getByLabel('Due date').fill('2026-07-15');
    await invoiceDialog.getByRole('button', { name: 'Create invoice' }).click();
    await invoiceDialog.waitFor({ state: 'hidden' });

    const firstInvoice = order.getByRole('row').filter({ hasText: /INV-2026-\d{5}/ });
    await firstInvoice.getByText('Generated', { exact: true }).waitFor();
    const invoiceNumber = (await firstInvoice.getByText(/^INV-2026-\d{5}$/).textContent()) ?? '';
    // Its row only: the re-issue's row names it too, but not in its number cell.
    const invoice = order
      .getByRole('row')
      .filter({ has: page.getByText(invoiceNumber, { exact: true }) });
    expect(flatText(await invoice.textContent())).toMatch(/IDR 3,000,000\.00/);
    await invoice.getByRole('button', { name: 'Send' }).click();
    await invoice.getByText('Sent', { exact: true }).waitFor();

    await invoice.getByRole('button', { name: 'Reject' }).click();
    const rejectDialog = page.getByRole('dialog', { name: `Reject invoice ${invoiceNumber}` });
    await rejectDialog.getByLabel('Reason').fill(REJECTION);
    await rejectDialog.getByRole('button', { name: 'Reject' }).click();
    await rejectDialog.waitFor({ state: 'hidden' });
    await invoice.getByText(`Rejected: ${REJECTION}`).waitFor();

    await invoice.getByRole('button', { name: 'Re-issue' }).click();
    const reissue = order.getByRole('row').filter({ hasText: `Re-issues ${invoiceNumber}` });
    await reissue.waitFor();

    const reissueNumber = await reissue.getByText(/^INV-2026-\d{5}$/).textContent();
    expect(reissueNumber).not.toBe(invoiceNumber);
    await invoice.getByText(`Re-issued as ${reissueNumber}`).waitFor();
    expect(flatText(await invoice.textContent())).toMatch(/Rejected.*IDR 3,000,000\.00/);
    expect(flatText(await reissue.textContent())).toMatch(/Generated.*IDR 3,000,000\.00/);
    // The rejected invoice no longer bills; its re-issue bills the deposit in its place.
    await order
      .filter({
        hasText:
          /Total\s*IDR\s10,000,000\.00\s*Billed\s*IDR\s3,000,000\.00\s*Unbilled\s*IDR\s7,000,000\.00/,
      })
      .waitFor();
    expect(flatText(await depositPart.textContent())).toMatch(/Billed$/);
    expect(flatText(await milestonePart.textContent())).toMatch(/Not billed$/);
  });

  it('refuses a progress of 101 and a deadline move without a reason or into the past', async () => {
    const { page, project } = await openShowcaseProject();
    const order = project.getByRole('region', { name: 'SO-2026-00001' });

    await order.getByRole('button', { name: 'Set progress' }).click();
    const progressDialog = page.getByRole('dialog', { name: 'Set fulfilment progress' });
    await progressDialog.getByLabel('Progress').fill('101');
    await progressDialog.getByRole('button', { name: 'Save' }).click();
    await progressDialog.getByText('A whole number from 0 to 100').waitFor();
    await progressDialog.getByRole('button', { name: 'Cancel' }).click();
    await progressDialog.waitFor({ state: 'hidden' });
    await order.getByRole('progressbar', { name: '60% fulfilled' }).waitFor();

    await order.getByRole('button', { name: 'Move deadline' }).click();
    const deadlineDialog = page.getByRole('dialog', { name: 'Move the deadline' });
    await deadlineDialog.getByLabel('New deadline').fill('2026-08-14');
    await deadlineDialog.getByRole('button', { name: 'Move deadline' }).click();
    await deadlineDialog.getByText('Say why: the reason is kept in the history').waitFor();

    await deadlineDialog.getByLabel('New deadline').fill('2026-06-01');
    await deadlineDialog.getByLabel('Reason').fill('The customer asked for an earlier launch');
    await deadlineDialog.getByRole('button', { name: 'Move deadline' }).click();
    const refusal = deadlineDialog.getByRole('alert');
    await refusal.getByText('Some of the input is not valid').waitFor();
    expect(flatText(await refusal.textContent())).toContain(
      'The deadline 2026-06-01 is already past (today is 2026-06-15); choose today or a later day.',
    );
    await deadlineDialog.getByRole('button', { name: 'Cancel' }).click();
    await deadlineDialog.waitFor({ state: 'hidden' });
    // Nothing moved: the showcase deadline stays 30 days after the demo day.
    expect(flatText(await order.textContent())).toMatch(/Deadline: Jul 15, 2026/);
  });
});
