import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  type ExtensionSession,
  launchChromiumWithExtension,
  waitForContentScriptRegistration,
} from './chromium';
import { demoUrl } from './demo-server';
import { type RequestLog, recordRequests } from './network';

/** What a suite gets from withExtension, filled in before its first test. */
export interface ExtensionSuite {
  readonly session: ExtensionSession;
  /** Every request the browser makes; the demo site's origin is the one allowed. */
  readonly requests: RequestLog;
}

/**
 * Runs the calling suite in one Chromium with the e2e extension loaded: launched, its requests
 * recorded and its content script registered before the first test, closed after the last.
 */
export function withExtension(): ExtensionSuite {
  const suite = {} as { session: ExtensionSession; requests: RequestLog };
  beforeAll(async () => {
    suite.session = await launchChromiumWithExtension();
    suite.requests = recordRequests(suite.session.context, [demoUrl()]);
    await waitForContentScriptRegistration(suite.session.serviceWorker);
  });
  afterAll(async () => {
    await suite.session?.close();
  });
  return suite;
}

/**
 * The side panel for the tab showing `cms`, opened as a page of its own (a real side panel
 * cannot be driven by Playwright); the panel reads its tab from `?tabId=`.
 */
export async function openSidePanelFor(suite: ExtensionSuite, cms: Page): Promise<Page> {
  const tabId = await suite.session.serviceWorker.evaluate(async (pageUrl) => {
    type Tabs = { query(q: object): Promise<Array<{ id: number; url: string }>> };
    const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    return (await api.tabs.query({})).find((tab) => tab.url === pageUrl)?.id;
  }, cms.url());
  const panel = await suite.session.context.newPage();
  await panel.goto(`chrome-extension://${suite.session.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}
