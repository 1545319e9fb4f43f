import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { demoUrl } from './demo-server';
import { type FirefoxExtensionSession, launchFirefoxWithExtension } from './firefox';

/** What a suite gets from withFirefoxExtension, filled in before its first test. */
export interface FirefoxSuite {
  readonly session: FirefoxExtensionSession;
  /**
   * A tab on one of the extension's pages (the popup's), kept open for the whole suite: the
   * tests ask the extension's own APIs from there (tabs, storage, registered scripts).
   */
  readonly extensionTab: Page;
}

/**
 * Runs the calling suite in one Firefox ESR with the e2e build installed: launched, its
 * requests recorded and its content scripts registered before the first test, closed after
 * the last. One browser for every Firefox case (each test opens its own tabs in it).
 */
export function withFirefoxExtension(): FirefoxSuite {
  const suite = {} as { session: FirefoxExtensionSession; extensionTab: Page };
  beforeAll(async () => {
    suite.session = await launchFirefoxWithExtension([demoUrl()]);
    suite.extensionTab = await suite.session.openExtensionPage('popup.html');
    await waitForContentScriptRegistration(suite.extensionTab);
  });
  afterAll(async () => {
    await suite.session?.close();
  });
  return suite;
}

type ExtensionApi = {
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
  tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> };
};

/** The background registers its scripts on install: wait until it has. */
async function waitForContentScriptRegistration(extensionTab: Page): Promise<void> {
  await extensionTab.evaluate(async () => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    for (let attempt = 0; attempt < 200; attempt++) {
      if ((await api.scripting.getRegisteredContentScripts()).length > 0) return;
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
    }
    throw new Error('the background never registered the content script');
  });
}

/** The extension's id for the tab showing `page`. */
export async function tabIdOf(suite: FirefoxSuite, page: Page): Promise<number> {
  const url = page.url();
  const id = await suite.extensionTab.evaluate(async (pageUrl) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    return (await api.tabs.query({})).find((tab) => tab.url === pageUrl)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/**
 * The sidebar's page for the tab showing `cms`, opened in a tab of its own and pinned to the
 * CMS tab with `?tabId=` (the same page Firefox shows in the sidebar).
 */
export async function openSidebarPageFor(suite: FirefoxSuite, cms: Page): Promise<Page> {
  const tabId = await tabIdOf(suite, cms);
  return suite.session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
}
