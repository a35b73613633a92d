import { chromium, type Browser } from 'playwright-core';

import { CHROMIUM } from './global-setup';

/** Headless Debian Chromium, kept off the network apart from the app under test. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
