import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_FILE,
  CONTENT_SCRIPT_ID,
  injectIntoOpenTabs,
  originPattern,
  PAGE_BRIDGE_FILE,
  PAGE_BRIDGE_ID,
  syncContentScripts,
} from './content-script-registration';

type Registered = Parameters<typeof fakeBrowser.scripting.registerContentScripts>[0][number];

// fakeBrowser leaves permissions and scripting unimplemented: give them a small in-memory
// model so the registration logic runs against the same API shape as Chromium's.
function simulate(grantedOrigins: string[]) {
  let registered: Registered[] = [];
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({
    origins: grantedOrigins,
    permissions: ['storage', 'scripting'],
  }));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async (filter) => registered.filter((script) => !filter?.ids || filter.ids.includes(script.id)),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    registered.push(...scripts);
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    registered = registered.filter((script) => !filter?.ids?.includes(script.id));
  });
  return () => registered;
}

describe('syncContentScripts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('registers the content script and the page bridge for exactly the enabled sites, in all frames and srcdoc frames', async () => {
    const registered = simulate(['https://cms.example.gov.cn/*', 'http://127.0.0.1/*']);
    await syncContentScripts();
    expect(registered()).toEqual([
      expect.objectContaining({
        id: CONTENT_SCRIPT_ID,
        matches: ['http://127.0.0.1/*', 'https://cms.example.gov.cn/*'],
        allFrames: true,
        matchOriginAsFallback: true,
      }),
      expect.objectContaining({
        id: PAGE_BRIDGE_ID,
        matches: ['http://127.0.0.1/*', 'https://cms.example.gov.cn/*'],
        world: 'MAIN',
        runAt: 'document_start',
      }),
    ]);
  });

  it('never treats an all-sites pattern as an enabled site', async () => {
    const registered = simulate(['<all_urls>', 'https://*/*']);
    await expect(syncContentScripts()).resolves.toEqual([]);
    expect(registered()).toEqual([]);
  });

  it('replaces the previous registration when a site is removed', async () => {
    const granted = ['https://a.gov.cn/*', 'https://b.gov.cn/*'];
    const registered = simulate(granted);
    await syncContentScripts();
    granted.pop();
    await syncContentScripts();
    expect(registered()).toHaveLength(2);
    expect(registered().map((script) => script.matches)).toEqual([
      ['https://a.gov.cn/*'],
      ['https://a.gov.cn/*'],
    ]);
  });
});

describe('injectIntoOpenTabs', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('starts the bridge and the sentinel in open frames of enabled sites that lack them, once', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockImplementation(
        async () => [{ id: 7 }] as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>,
      );
    const injected: unknown[] = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
      if ('func' in injection) {
        // Frame 0 is still loading (no marker); frame 3 already runs the registered scripts.
        return [
          { frameId: 0, documentId: 'a', result: false },
          { frameId: 3, documentId: 'b', result: true },
        ];
      }
      injected.push(injection);
      return [];
    });
    await injectIntoOpenTabs(['https://cms.example.gov.cn/*']);
    expect(query).toHaveBeenCalledWith({ url: ['https://cms.example.gov.cn/*'] });
    expect(injected).toEqual([
      { target: { tabId: 7, frameIds: [0] }, files: [`/${PAGE_BRIDGE_FILE}`], world: 'MAIN' },
      { target: { tabId: 7, frameIds: [0] }, files: [`/${CONTENT_SCRIPT_FILE}`] },
    ]);
  });

  it('looks at no tab when no site is enabled', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    await injectIntoOpenTabs([]);
    expect(query).not.toHaveBeenCalled();
  });
});

describe('originPattern', () => {
  it.each([
    ['https://cms.example.gov.cn/admin/edit?id=3', 'https://cms.example.gov.cn/*'],
    ['http://127.0.0.1:8080/cms/', 'http://127.0.0.1/*'],
    ['chrome://extensions/', undefined],
    ['about:blank', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, expected) => {
    expect(originPattern(url)).toBe(expected);
  });
});
