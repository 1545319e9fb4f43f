import { browser } from 'wxt/browser';

/** The id of the one dynamically registered content script. */
export const CONTENT_SCRIPT_ID = 'gongshi-content';
/** Where WXT writes the `content` entrypoint in the built extension. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

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
  const existing = await browser.scripting.getRegisteredContentScripts({
    ids: [CONTENT_SCRIPT_ID],
  });
  if (existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  }
  if (origins.length === 0) return origins;
  await browser.scripting.registerContentScripts([
    {
      id: CONTENT_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches: origins,
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return origins;
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
