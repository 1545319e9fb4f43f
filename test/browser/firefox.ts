import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserExecutable, FIREFOX_ESR } from './browser-path';
import { foreignRequests, type RequestLog } from './network';
import { startOutboundTrap } from './outbound-trap';

/** The unpacked Firefox e2e build (`npm run build:extension:e2e`), test origins granted. */
export const FIREFOX_E2E_EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../../.output/firefox-mv2-e2e',
);

// Firefox gives each installed extension a random internal UUID (its moz-extension:// host);
// the tests fix it through this preference so they can address the extension's pages.
const EXTENSION_UUID = '3c5b0d9e-2f6a-4b1c-9d7e-6a0f1e2d3c4b';

export interface FirefoxExtensionSession {
  readonly browser: Browser;
  /** `moz-extension://…`, where the extension's own pages live. */
  readonly extensionOrigin: string;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  readonly extensionId: string;
  /** Every request the browser made: to the allowed origins, and any that tried to leave. */
  readonly requests: RequestLog;
  /** Counts another origin the tests serve (a second demo site) as not leaving. */
  allowOrigin(origin: string): void;
  /**
   * Opens one of the extension's pages in a new tab, as a clerk does by typing its address
   * (WebDriver BiDi itself refuses to navigate to moz-extension:// URLs). The tab comes to
   * the front unless `background` (a background tab's frames are throttled).
   */
  openExtensionPage(path: string, options?: { background?: boolean }): Promise<Page>;
  /** Runs privileged code in the browser window's own UI (the sidebar, the tab strip). */
  inBrowserWindow<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

function extensionIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no gecko id: is it a Firefox build?`);
  return id;
}

type BidiConnection = {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, listener: (params: { request: { url: string } }) => void): void;
};
type EvaluateResult = {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text: string };
};

/**
 * Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi, with the
 * Firefox e2e build installed (as a temporary add-on, as `about:debugging` would). Its
 * profile is set to send anything that is not loopback to an outbound trap, so a request
 * that would leave the test origin is recorded wherever in the browser it starts.
 */
export async function launchFirefoxWithExtension(
  allowedOrigins: string[],
  extensionDir: string = FIREFOX_E2E_EXTENSION_DIR,
): Promise<FirefoxExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${extensionDir}. Run \`npm run build:extension:e2e\` first.`,
    );
  }
  const extensionId = extensionIdOf(extensionDir);
  const allowed = [...allowedOrigins];
  const trap = await startOutboundTrap();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable(FIREFOX_ESR),
    headless: true,
    // The size the Chromium tests see (Playwright's default), so the panel covers the same.
    defaultViewport: { width: 1280, height: 720 },
    // Lets the tests reach the browser's own UI: opening the sidebar, an extension's tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': trap.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': trap.port,
      // Firefox's own background traffic is not the extension's: captive portal and
      // connectivity checks are off, and Remote Settings (blocklists, search config…) syncs
      // against a closed loopback port. Release builds read that server only when
      // MOZ_REMOTE_SETTINGS_DEVTOOLS is set (below). Anything else still reaches the trap.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/v1',
    },
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const seen: string[] = [];
  connection.on('network.beforeRequestSent', (params) => seen.push(params.request.url));
  await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  async function inBrowserWindow<T>(expression: string): Promise<T> {
    const { result: tree } = await connection.send('browsingContext.getTree', {
      'moz:scope': 'chrome',
    });
    const [window] = tree.contexts as Array<{ context: string }>;
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: window!.context },
      awaitPromise: true,
    });
    const evaluated = result as unknown as EvaluateResult;
    if (evaluated.type === 'exception') {
      throw new Error(`in the browser window: ${evaluated.exceptionDetails?.text}`);
    }
    return evaluated.result?.value as T;
  }

  async function openExtensionPage(path: string, { background = false } = {}): Promise<Page> {
    const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
    const before = new Set(browser.targets());
    const opened = browser.waitForTarget(
      (target) => target.type() === 'page' && !before.has(target),
    );
    await inBrowserWindow(`{
      const tab = gBrowser.addTab(${JSON.stringify(url)}, {
        triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
      });
      if (!${background}) gBrowser.selectedTab = tab;
    }`);
    const page = await (await opened).page();
    if (!page) throw new Error(`the extension page ${url} opened no page`);
    // The page object keeps the tab's first URL (about:blank): ask the document itself.
    await page.waitForFunction(
      (expected: string) => location.href === expected && document.readyState === 'complete',
      {},
      url,
    );
    return page;
  }

  return {
    browser,
    extensionId,
    extensionOrigin,
    requests: {
      get all() {
        return [...seen, ...trap.requests];
      },
      // A page's request shows in both logs: each URL once.
      foreign: () => [...new Set([...trap.requests, ...foreignRequests(seen, allowed)])],
    },
    allowOrigin: (origin) => {
      allowed.push(origin);
    },
    openExtensionPage,
    inBrowserWindow,
    close: async () => {
      await browser.close();
      await trap.close();
    },
  };
}
