import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';

/** What a suite gets from withChromium, filled in before its first test. */
export interface BrowserSuite {
  readonly browser: Browser;
}

/**
 * Runs the calling suite in one headless Chromium: launched before the first test, closed
 * after the last (each test opens its own context or page in it).
 */
export function withChromium(): BrowserSuite {
  const suite = {} as { browser: Browser };
  beforeAll(async () => {
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
  });
  return suite;
}
