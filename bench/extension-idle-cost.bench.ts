import type { BrowserContext } from 'playwright-core';
import { startDemoServer } from '../demo-site/server/server';
import {
  launchChromiumWithExtension,
  waitForContentScriptRegistration,
} from '../test/browser/chromium';
import { type Benchmark, formatMs, table } from './internal/benchmark';
import { median } from './internal/extension-pages';

const RUNS = 12;

/**
 * Main-thread script and task time of loading a page and letting it settle, from the
 * renderer's own counters (CDP Performance.getMetrics): every world counts, so the content
 * script and the page-world bridge are in it when the extension is loaded.
 */
async function loadCost(context: BrowserContext, url: string, expectActive: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  // No waitForSelector here: its polling would run in the page and count on one side only.
  await page.waitForTimeout(400);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) =>
    (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  const result = { script: value('ScriptDuration'), task: value('TaskDuration') };
  const active = (await page.locator('html').getAttribute('data-gongshi-extension')) === 'active';
  if (active !== expectActive) {
    throw new Error(`${url}: the extension was ${active ? '' : 'not '}running, unexpectedly`);
  }
  await page.close();
  return result;
}

export const extensionIdleCost: Benchmark = {
  id: 'extension-idle-cost',
  title: 'Extension: cost on an enabled page with no editor',
  command: 'npm run build:extension:e2e && npm run bench -- extension-idle-cost',
  async run() {
    const server = await startDemoServer({ port: 0 });
    // The floor: the same page from an origin the extension was not enabled for, in the same
    // browser and profile, so only the content scripts differ.
    const otherSite = await startDemoServer({ host: '127.0.0.2', port: 0 });
    // The feeds page: an enabled origin, a real page, no editing surface.
    const url = `${server.url}/feeds/`;
    const floorUrl = `${otherSite.url}/feeds/`;
    const floor = { script: [] as number[], task: [] as number[] };
    const loaded = { script: [] as number[], task: [] as number[] };
    try {
      const session = await launchChromiumWithExtension();
      try {
        await waitForContentScriptRegistration(session.serviceWorker);
        // Alternate, so drift on this noisy machine hits both sides alike.
        for (let run = 0; run < RUNS; run++) {
          const a = await loadCost(session.context, floorUrl, false);
          floor.script.push(a.script);
          floor.task.push(a.task);
          const b = await loadCost(session.context, url, true);
          loaded.script.push(b.script);
          loaded.task.push(b.task);
        }
      } finally {
        await session.close();
      }
    } finally {
      await server.close();
      await otherSite.close();
    }
    const scriptExtra = median(loaded.script) - median(floor.script);
    const taskExtra = median(loaded.task) - median(floor.task);
    return [
      'Main-thread time to load `/feeds/` (no editor) and settle 400 ms, in one browser with the',
      'extension loaded: from the enabled test origin, and from an origin it was not enabled for',
      `(floor), alternating, median of ${RUNS} loads each. Only the sentinel (about 5 kB)`,
      'and the page-world bridge run on such a page; the assistant is injected only when an editor',
      'appears. Target (issue 6): the content script costs < 5 ms on such a page.',
      '',
      table(
        ['', 'script time', 'all main-thread tasks'],
        [
          ['with the extension', formatMs(median(loaded.script)), formatMs(median(loaded.task))],
          ['floor: site not enabled', formatMs(median(floor.script)), formatMs(median(floor.task))],
          ['extension’s cost (difference)', formatMs(scriptExtra), formatMs(taskExtra)],
        ],
      ),
    ].join('\n');
  },
};
