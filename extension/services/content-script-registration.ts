import { browser } from 'wxt/browser';
import { ACTIVE_ATTRIBUTE } from './frame-marker';

/** The id of the dynamically registered content script: the small editor sentinel. */
export const CONTENT_SCRIPT_ID = 'gongshi-content';
/** Where WXT writes the `sentinel` entrypoint in the built extension. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/sentinel.js';
/** The assistant, injected on demand into frames where the sentinel found an editor. */
export const ASSISTANT_SCRIPT_FILE = '/content-scripts/content.js';
/** The page-world bridge (entrypoints/page-bridge.ts): form.submit() gate and editor sync. */
export const PAGE_BRIDGE_ID = 'gongshi-page-bridge';
export const PAGE_BRIDGE_FILE = 'page-bridge.js';
const SCRIPT_IDS = [CONTENT_SCRIPT_ID, PAGE_BRIDGE_ID];
/**
 * Also run in about:srcdoc / about:blank frames of an enabled page, which inherit its origin:
 * editors and edit forms written by script live there, and a form.submit() in such a frame
 * must meet the page bridge. Firefox takes the option from 128 (the manifest's minimum), and
 * from then on runs no registered script there without it.
 */
const FRAME_FALLBACK = { matchOriginAsFallback: true };

// Host patterns that mean "every site": never treated as a site the clerk enabled.
const BROAD_PATTERNS = new Set(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);

/**
 * The sites the extension may run on: the host permissions granted so far (one per site the
 * clerk enabled from the popup, or the e2e build's test origins).
 */
export async function enabledOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !BROAD_PATTERNS.has(origin)).sort();
}

/**
 * Makes the registered content script match exactly the enabled sites, in every frame,
 * including `about:srcdoc` and `about:blank` editor iframes (matchOriginAsFallback), and
 * nowhere else.
 */
export async function syncContentScripts(): Promise<string[]> {
  const origins = await enabledOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: SCRIPT_IDS });
  if (existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  }
  if (origins.length === 0) return origins;
  await browser.scripting.registerContentScripts([
    {
      id: CONTENT_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches: origins,
      allFrames: true,
      ...FRAME_FALLBACK,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
    {
      // In the page's world and before its scripts, so form.submit() is wrapped before any
      // CMS code can call it.
      id: PAGE_BRIDGE_ID,
      js: [PAGE_BRIDGE_FILE],
      matches: origins,
      allFrames: true,
      ...FRAME_FALLBACK,
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    },
  ]);
  await injectIntoOpenTabs(origins);
  return origins;
}

/**
 * Registered scripts only run on pages loaded after registration. When the extension is
 * installed, updated or the browser starts, the background registers while the clerk's CMS
 * tab (a homepage, a restored tab) may already be loading: without this, that first page
 * had no assistant until a reload. So the same two scripts go into the frames of open tabs
 * on the enabled sites that do not carry the active marker yet (never twice: the page
 * bridge wraps form.submit() once). Failures are per frame and harmless: a tab that
 * navigates away meanwhile gets the registered scripts anyway.
 */
export async function injectIntoOpenTabs(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  const tabs = await browser.tabs.query({ url: [...origins] });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        const frames = await browser.scripting.executeScript({
          target: { tabId: tab.id, allFrames: true },
          func: (attribute: string) => document.documentElement?.hasAttribute(attribute) ?? true,
          args: [ACTIVE_ATTRIBUTE],
        });
        const frameIds = frames
          .filter((frame) => frame.result === false)
          .map((frame) => frame.frameId);
        if (frameIds.length === 0) return;
        const target = { tabId: tab.id, frameIds };
        await browser.scripting.executeScript({
          target,
          files: [`/${PAGE_BRIDGE_FILE}`],
          world: 'MAIN',
        });
        await browser.scripting.executeScript({ target, files: [`/${CONTENT_SCRIPT_FILE}`] });
      } catch (error) {
        console.warn('Gongshi: could not start in an open tab', error);
      }
    }),
  );
}

/** The permission pattern that enables one site, from any URL on it. */
export function originPattern(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/**
 * Injects the assistant into the frame that asked (the sentinel saw an editor there). The
 * site is enabled (the sentinel only runs there), so the host permission covers it.
 */
export async function injectAssistant(tabId: number, frameId: number): Promise<boolean> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [ASSISTANT_SCRIPT_FILE],
  });
  return true;
}
