import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Worker } from 'playwright-core';
import { browserExecutable, CHROMIUM } from './browser-path';

/**
 * Flags for a quiet, offline Chromium: no sandbox (tests run as root in CI), and none of the
 * background traffic that this machine's closed network would refuse or that would count as
 * a request the page or extension made.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--disable-quic',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
];

/** The unpacked e2e build (`npm run build:extension:e2e`), which pre-enables the test origins. */
export const E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

function executablePath(): string {
  return browserExecutable(CHROMIUM);
}

/** Headless Debian Chromium driven by playwright-core; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: executablePath(), headless: true, args: CHROMIUM_ARGS });
}

export interface ExtensionSession {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly serviceWorker: Worker;
  close(): Promise<void>;
}

export interface ExtensionLaunchOptions {
  /**
   * Pages opened the moment the browser is up, before waiting for the extension's service
   * worker, as a clerk's homepage or restored tabs load while the background is still
   * starting (the first-load race). Navigation is only started (`commit`), not awaited.
   */
  readonly startUrls?: readonly string[];
}

/**
 * Chromium with the built extension loaded. Extensions need a persistent profile, so each
 * session gets a fresh temporary one, removed on close.
 */
export async function launchChromiumWithExtension(
  extensionDir: string = E2E_EXTENSION_DIR,
  options: ExtensionLaunchOptions = {},
): Promise<ExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${extensionDir}. Run \`npm run build:extension:e2e\` first.`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), 'gongshi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executablePath(),
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  let serviceWorker: Worker;
  try {
    for (const [index, url] of (options.startUrls ?? []).entries()) {
      const page = (index === 0 ? context.pages()[0] : undefined) ?? (await context.newPage());
      await page.goto(url, { waitUntil: 'commit' });
    }
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the background has registered the content script for the test origins, so a
 * page opened next is sure to get it.
 */
export async function waitForContentScriptRegistration(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    type Scripting = { getRegisteredContentScripts(): Promise<unknown[]> };
    const api = (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome;
    for (let attempt = 0; attempt < 100; attempt++) {
      const scripts = await api.scripting.getRegisteredContentScripts();
      if (scripts.length > 0) return;
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 50));
    }
    throw new Error('the background never registered the content script');
  });
}
