import type { Page } from 'playwright-core';
import { generateSampleFeed } from '../core/sample/sample-feed';
import { startDemoServer } from '../demo-site/server/server';
import { launchChromium } from '../test/browser/chromium';
import { type Benchmark, formatBytes, formatMs, table } from './internal/benchmark';

const RECORDS = 10_000;
const RUNS = 9;
const TODAY = '2026-11-20';

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/**
 * A page on the demo origin serving a 10,000-record sample feed at /bench/feed.json (through
 * page.route, so the bytes never touch the disk), with the ES bundle and the listing's chunk
 * already loaded, as on a portal page after its first visit.
 */
async function benchPage(): Promise<{ page: Page; close: () => Promise<void>; bytes: number }> {
  const server = await startDemoServer({ port: 0 });
  const browser = await launchChromium();
  const page = await browser.newPage();
  const feed = JSON.stringify(generateSampleFeed({ count: RECORDS, today: TODAY }));
  await page.route(`${server.url}/bench/feed.json*`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: feed }),
  );
  await page.goto(`${server.url}/feeds/`);
  await page.addScriptTag({ type: 'module', url: '/widgets/gongshi-widgets.js' });
  return {
    page,
    bytes: Buffer.byteLength(feed),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

// Page scripts are strings: tsx's transform would otherwise add helpers the page lacks.
const FETCH_AND_PARSE = `(async () => {
  const start = performance.now();
  const response = await fetch('/bench/feed.json?baseline=' + Math.random(), { cache: 'no-store' });
  const feed = JSON.parse(await response.text());
  if (!feed.records.length) throw new Error('empty feed');
  return performance.now() - start;
})()`;

/** Appends a listing and resolves with the time until its first row is in its shadow root. */
const FIRST_ROWS = `(async () => {
  document.querySelector('main')?.remove();
  const main = document.createElement('main');
  document.body.append(main);
  const element = document.createElement('enforcement-disclosure');
  element.setAttribute('as-of', '${TODAY}');
  element.setAttribute('src', '/bench/feed.json?run=' + Math.random());
  const start = performance.now();
  main.append(element);
  // The first run waits for the listing's chunk, which the entry fetches when the tag appears.
  await customElements.whenDefined('enforcement-disclosure');
  return new Promise((resolve) => {
    const check = () => {
      if (element.shadowRoot && element.shadowRoot.querySelector('li[part~="item"]')) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(element.shadowRoot, { childList: true, subtree: true });
    check();
  });
})()`;

/** Types `text` into the listing's search box; resolves with the time until it re-rendered. */
const keystroke = (text: string) => `(async () => {
  const element = document.querySelector('enforcement-disclosure');
  const input = element.shadowRoot.querySelector('#q');
  const start = performance.now();
  input.value = ${JSON.stringify(text)};
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  return performance.now() - start;
})()`;

const QUERIES = [
  '示',
  '示例',
  '示例县',
  '示例县某',
  '罚',
  '罚款',
  '罚款人民',
  '许可',
  '食品',
  '食品经营',
  '2025',
  '处罚',
  '锦程',
  'ab',
  '市场监督',
  '消防',
];

export const widgetFirstRows: Benchmark = {
  id: 'widgets-first-rows',
  title: 'Widget listing: time to first rows for a 10,000-record feed (Chromium)',
  command: 'npm run build:widgets && npm run bench -- widgets-first-rows',
  async run() {
    const { page, close, bytes } = await benchPage();
    try {
      // Warm-up: loads the listing's chunk and the page's JIT, as a returning visitor has.
      await page.evaluate(FETCH_AND_PARSE);
      await page.evaluate(FIRST_ROWS);
      const baseline: number[] = [];
      const widget: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        baseline.push((await page.evaluate(FETCH_AND_PARSE)) as number);
        widget.push((await page.evaluate(FIRST_ROWS)) as number);
      }
      const ratio = median(widget) / median(baseline);
      return [
        `A ${formatBytes(bytes)} feed of ${RECORDS.toLocaleString('en')} records (core/sample), served`,
        'from the page’s own origin. Both figures are taken in the same page, alternating runs.',
        'The widget fetches, validates every record with core/feed’s parseFeed, drops expired and',
        'unpublished ones, sorts by date and renders the first page through the privacy engine.',
        '',
        table(
          ['', 'median', 'min', 'runs'],
          [
            [
              'fetch + `JSON.parse` (floor)',
              formatMs(median(baseline)),
              formatMs(Math.min(...baseline)),
              String(RUNS),
            ],
            [
              '`<enforcement-disclosure>` first rows',
              formatMs(median(widget)),
              formatMs(Math.min(...widget)),
              String(RUNS),
            ],
          ],
        ),
        '',
        `Ratio: **${ratio.toFixed(2)}×** the floor (target ≤ 2×).`,
      ].join('\n');
    } finally {
      await close();
    }
  },
};

export const widgetSearch: Benchmark = {
  id: 'widgets-search',
  title: 'Widget listing: one search keystroke over 10,000 records (Chromium)',
  command: 'npm run build:widgets && npm run bench -- widgets-search',
  async run() {
    const { page, close } = await benchPage();
    try {
      await page.evaluate(FIRST_ROWS);
      // The first keystroke completes the search index (redacted text of every record) if
      // the idle-time build has not finished yet; measured apart.
      const first = (await page.evaluate(keystroke('示'))) as number;
      await page.evaluate(keystroke(''));
      const samples: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (const query of QUERIES)
          samples.push((await page.evaluate(keystroke(query))) as number);
      }
      const clear = (await page.evaluate(keystroke(''))) as number;
      return [
        'Time from the input event to the re-rendered result page (`updateComplete`), over the',
        'records listed on the day (expired and unpublished ones are not searchable). The search',
        'runs over the redacted text, so a leaked number in a feed cannot be found by typing it.',
        '',
        table(
          ['keystroke', 'median', 'p95', 'max', 'samples'],
          [
            [
              'steady state (index built)',
              formatMs(median(samples)),
              formatMs(percentile(samples, 0.95)),
              formatMs(Math.max(...samples)),
              String(samples.length),
            ],
            ['first keystroke after load', formatMs(first), '', '', '1'],
            ['clearing the search', formatMs(clear), '', '', '1'],
          ],
        ),
        '',
        'Target: ≤ 16 ms per keystroke (one frame).',
      ].join('\n');
    } finally {
      await close();
    }
  },
};
