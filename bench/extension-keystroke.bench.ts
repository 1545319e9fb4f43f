import type { Page } from 'playwright-core';
import { startDemoServer } from '../demo-site/server/server';
import {
  launchChromiumWithExtension,
  waitForContentScriptRegistration,
} from '../test/browser/chromium';
import { type Benchmark, formatMs, table } from './internal/benchmark';
import {
  caretInMiddle,
  fillLongDocument,
  median,
  percentile,
  timeKeystrokes,
} from './internal/extension-pages';

// What a clerk types into the middle of the document: text, then a mobile number whose last
// digit completes a finding (the highlight must appear on that very keystroke).
const TYPED = '补充说明：当事人联系电话1390830567';
const COMPLETING_DIGIT = '8';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
// 全部脱敏 in each editor, this many times (a fresh page each): one sample on this shared
// machine can be twice the usual figure.
const REDACT_ROUNDS = Number(process.env.BENCH_REDACT_ROUNDS ?? 5);

/** Each editor page, and how to fill its editor with the long document through its own API. */
const REDACT_ALL_EDITORS: ReadonlyArray<{ name: string; path: string; fill: string }> = [
  {
    name: 'textarea',
    path: '/cms/textarea.html',
    fill: `(() => { const f = document.getElementById('content'); const d = document.createElement('div'); d.innerHTML = HTML; f.value = [...d.querySelectorAll('p, tr')].map((n) => n.textContent).join('\\n'); f.dispatchEvent(new Event('input', { bubbles: true })); })()`,
  },
  {
    name: 'contenteditable',
    path: '/cms/contenteditable.html',
    fill: `document.getElementById('editor').innerHTML = HTML`,
  },
  { name: 'TinyMCE', path: '/cms/', fill: `tinymce.activeEditor.setContent(HTML)` },
  {
    name: 'CKEditor 4',
    path: '/cms/ckeditor4.html',
    fill: `Object.values(CKEDITOR.instances)[0].setData(HTML)`,
  },
  {
    name: 'CKEditor 5',
    path: '/cms/ckeditor5.html',
    fill: `document.querySelector('.ck-editor__editable').ckeditorInstance.setData(HTML)`,
  },
  { name: 'wangEditor', path: '/cms/wangeditor.html', fill: `window.cmsEditor.setHtml(HTML)` },
  { name: 'KindEditor', path: '/cms/kindeditor.html', fill: `KindEditor.instances[0].html(HTML)` },
  {
    name: 'UEditor-style iframe',
    path: '/cms/ueditor.html',
    fill: `document.getElementById('ueditor-frame').contentDocument.body.innerHTML = HTML`,
  },
];

/** Fills the editor with the sample repeated to ~100,000 characters, waits for its findings. */
async function timeRedactAll(page: Page, fill: string): Promise<{ findings: number; ms: number }> {
  await page.evaluate(`(() => {
    const sample = window.CMS_SAMPLE.html;
    const probe = document.createElement('div');
    probe.innerHTML = sample;
    const HTML = sample.repeat(Math.ceil(100000 / probe.textContent.length));
    ${fill};
  })()`);
  const count = async () =>
    Number(
      await page.evaluate(
        () =>
          document
            .querySelector('gongshi-assistant')
            ?.shadowRoot?.querySelector('.panel')
            ?.getAttribute('data-findings') ?? 0,
      ),
    );
  let findings = 0;
  for (let stable = 0; stable < 3; ) {
    await page.waitForTimeout(300);
    const now = await count();
    stable = now === findings && now > 100 ? stable + 1 : 0;
    findings = now;
  }
  const started = performance.now();
  await page.getByRole('button', { name: '全部脱敏', exact: true }).click({ timeout: 600_000 });
  await page.waitForSelector('gongshi-assistant .panel[data-findings="0"]', { timeout: 600_000 });
  const ms = performance.now() - started;
  console.log(`  全部脱敏: ${findings} findings in ${Math.round(ms)} ms`);
  return { findings, ms };
}

async function highlighted(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('gongshi-personal-data')?.size ?? 0);
}

export const extensionKeystroke: Benchmark = {
  id: 'extension-keystroke',
  title: 'Extension: keystroke to highlight in a 100,000-character document',
  command: 'npm run build:extension:e2e && npm run bench -- extension-keystroke',
  async run() {
    const server = await startDemoServer({ port: 0 });
    const url = `${server.url}/cms/contenteditable.html`;
    const withExtension: number[] = [];
    const floor: number[] = [];
    let characters = 0;
    let findings = 0;
    let completedOnKeystroke = true;
    const redactAll = new Map<string, { findings: number; samples: number[] }>();
    // The floor: the same page from an origin the extension was not enabled for, in the same
    // browser and profile, so that only the extension differs.
    const otherSite = await startDemoServer({ host: '127.0.0.2', port: 0 });
    const floorUrl = `${otherSite.url}/cms/contenteditable.html`;
    const session = await launchChromiumWithExtension();
    try {
      await waitForContentScriptRegistration(session.serviceWorker);
      // Rounds alternate between the floor and the extension, so that the load of this shared
      // machine falls on both alike.
      for (let round = 0; round < ROUNDS; round++) {
        const bare = await session.context.newPage();
        await bare.goto(floorUrl);
        await fillLongDocument(bare);
        await caretInMiddle(bare);
        floor.push(...(await timeKeystrokes(bare, TYPED + COMPLETING_DIGIT)));
        await bare.close();

        const page = await session.context.newPage();
        await page.goto(url);
        await page.waitForSelector('gongshi-assistant .panel[data-findings="3"]');
        characters = await fillLongDocument(page);
        await page.waitForFunction(
          () =>
            Number(
              document
                .querySelector('gongshi-assistant')
                ?.shadowRoot?.querySelector('.panel')
                ?.getAttribute('data-findings') ?? 0,
            ) > 100,
        );
        await caretInMiddle(page);
        withExtension.push(...(await timeKeystrokes(page, TYPED)));
        const before = await highlighted(page);
        const [last] = await timeKeystrokes(page, COMPLETING_DIGIT);
        withExtension.push(last!);
        const after = await highlighted(page);
        findings = after;
        if (after !== before + 1) completedOnKeystroke = false;
        await page.close();
      }
      // 全部脱敏 over every finding of the long document: each round goes through every
      // editor, so that the load of this shared machine falls on all of them alike.
      for (let round = 0; round < REDACT_ROUNDS; round++) {
        for (const editor of REDACT_ALL_EDITORS) {
          const page = await session.context.newPage();
          console.log(`▶ 全部脱敏 in ${editor.name} (${round + 1}/${REDACT_ROUNDS})`);
          await page.goto(`${server.url}${editor.path}`);
          await page.waitForSelector('gongshi-assistant .panel[data-findings="3"]');
          const { findings: found, ms } = await timeRedactAll(page, editor.fill);
          const runs = redactAll.get(editor.name) ?? { findings: found, samples: [] };
          runs.samples.push(ms);
          redactAll.set(editor.name, {
            findings: Math.max(runs.findings, found),
            samples: runs.samples,
          });
          await page.close();
        }
      }
    } finally {
      await session.close();
      await server.close();
      await otherSite.close();
    }
    const mean = (samples: readonly number[]) =>
      samples.reduce((sum, sample) => sum + sample, 0) / samples.length;
    return [
      `A contenteditable editor holding ${characters.toLocaleString('en')} characters (${findings} findings highlighted).`,
      `Each keystroke is a trusted \`insertText\` in the middle of the document, timed until the next task,`,
      'by which the extension has rescanned (IncrementalScanner), repainted the highlights and updated',
      `the panel. ${TYPED.length + 1} keystrokes × ${ROUNDS} rounds. Target (issue 6): ≤ 16 ms keystroke to highlight.`,
      '',
      table(
        ['', 'median', 'mean', 'p95', 'max'],
        [
          [
            'with the extension',
            formatMs(median(withExtension)),
            formatMs(mean(withExtension)),
            formatMs(percentile(withExtension, 95)),
            formatMs(Math.max(...withExtension)),
          ],
          [
            'floor: same keystroke, site not enabled',
            formatMs(median(floor)),
            formatMs(mean(floor)),
            formatMs(percentile(floor, 95)),
            formatMs(Math.max(...floor)),
          ],
          [
            'extension’s share (difference)',
            formatMs(median(withExtension) - median(floor)),
            formatMs(mean(withExtension) - mean(floor)),
            formatMs(percentile(withExtension, 95) - percentile(floor, 95)),
            '',
          ],
        ],
      ),
      '',
      'Most of a keystroke here is the browser editing a 100,000-character document (the floor);',
      'differences within a few ms are noise on this shared 2-core machine.',
      '',
      completedOnKeystroke
        ? 'The digit completing a mobile number was highlighted within that same keystroke, every round.'
        : '**The completing digit was not highlighted within its keystroke in every round.**',
      '',
      '### 全部脱敏 on the long document',
      '',
      'Each editor filled through its own API with the demo sample repeated to ~100,000 characters;',
      'timed from the click on 全部脱敏 to the panel showing 0 findings, in a fresh page each time,',
      `${REDACT_ROUNDS} rounds through every editor (median, and the fastest and slowest run). Each`,
      'editor gets one edit (one undo step): textarea one setRangeText of the span, CKEditor 5 one',
      '`model.change` and wangEditor its Slate text operations in one task (through the page-world',
      'bridge), the others their text nodes changed in one sweep between undo levels. The thousand',
      'entries of the publishing record go to the background in one message once the page is idle.',
      'Target (issue 14): ≤ 1 s. Before: 38.5 s for 970 findings with one editor edit per finding;',
      'then 504 ms (textarea) to 2,975 ms (wangEditor) with one edit, a message and a reading of',
      'the body per finding for the record, and Slate copying the whole document per operation.',
      '',
      table(
        ['editor', 'findings', '全部脱敏 (median)', 'fastest – slowest', 'target ≤ 1 s'],
        [...redactAll].map(([name, run]) => [
          name,
          String(run.findings),
          formatMs(median(run.samples)),
          `${formatMs(Math.min(...run.samples))} – ${formatMs(Math.max(...run.samples))}`,
          median(run.samples) <= 1000 ? 'met' : '**missed**',
        ]),
      ),
    ].join('\n');
  },
};
