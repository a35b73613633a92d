import type { Browser, Page } from 'playwright-core';

/** Every demo user's password. */
export const DEMO_PASSWORD = 'arus-demo';

/**
 * Opens a fresh page (its own cookies) and signs a demo user in through the sign-in form,
 * returning once the customers page, where everyone lands, is shown.
 */
export async function signIn(browser: Browser, appUrl: string, email: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${appUrl}/customers`);
  // Signed out, the app sends the visitor to the sign-in page first.
  await page.waitForURL(/\/login/);
  await page.getByLabel('Email').fill(email);
  // Anchored: the button that shows the password has the word in its label too.
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Customers' }).waitFor();
  return page;
}
