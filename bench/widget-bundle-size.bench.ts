import { resolve } from 'node:path';
import { build } from 'esbuild';
import {
  builtChunks,
  ES_ENTRY,
  FIRST_VIEW_BUDGET_BYTES,
  firstView,
  gzipFileSize,
  gzipSize,
  WIDGET_TAGS,
} from '../widgets/first-view';
import { type Benchmark, formatBytes, table } from './internal/benchmark';

const root = resolve(import.meta.dirname, '..');

/** Lit alone (LitElement, html, css), minified: the floor every Lit widget bundle pays. */
async function litFloor(): Promise<Uint8Array> {
  const result = await build({
    stdin: {
      contents: "import { LitElement, html, css } from 'lit'; export { LitElement, html, css };",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2019',
    write: false,
  });
  return result.outputFiles[0]!.contents;
}

export const widgetBundleSize: Benchmark = {
  id: 'widget-bundle-size',
  title: 'Widget bundle size (gzip -9)',
  command: 'npm run build:widgets && npm run bench -- widget-bundle-size',
  async run() {
    const floor = gzipSize(await litFloor());
    const chunks = builtChunks();
    // The same figure the size-budget test holds to FIRST_VIEW_BUDGET_BYTES (widgets/first-view.ts).
    const pageRows = WIDGET_TAGS.map((tag) => {
      const { files, bytes: size } = firstView(tag);
      return [
        `page with \`<${tag}>\` (zh-CN, first view)`,
        formatBytes(size),
        `${(size / floor).toFixed(2)}×`,
        `${files.length} files`,
      ];
    });
    // The privacy engine's reading layer (core/privacy/reading): fetched for the detail
    // view, and before the first rows when a feed's records may show a minor.
    const reading = chunks.find((file) => file.startsWith('document-reading-'));
    const readingRow = reading
      ? [
          [
            'reading layer (lazy: detail view; a feed whose texts may show a minor)',
            formatBytes(gzipFileSize(`chunks/${reading}`)),
            `${(gzipFileSize(`chunks/${reading}`) / floor).toFixed(2)}×`,
            '1 file',
          ],
        ]
      : [];
    const allEs = [ES_ENTRY, ...chunks.map((file) => `chunks/${file}`)];
    const allEsSize = allEs.reduce((sum, file) => sum + gzipFileSize(file), 0);
    const rows = [
      ...pageRows,
      ...readingRow,
      [
        'every ES chunk (4 widgets, 3 languages, detail views)',
        formatBytes(allEsSize),
        `${(allEsSize / floor).toFixed(2)}×`,
        `${allEs.length} files`,
      ],
      [
        '`gongshi-widgets.classic.js` (everything, one file)',
        formatBytes(gzipFileSize('gongshi-widgets.classic.js')),
        `${(gzipFileSize('gongshi-widgets.classic.js') / floor).toFixed(2)}×`,
        '1 file',
      ],
      [
        '`gongshi-loader.js` (ES5 loader)',
        formatBytes(gzipFileSize('gongshi-loader.js')),
        `${(gzipFileSize('gongshi-loader.js') / floor).toFixed(2)}×`,
        '1 file',
      ],
      ['Lit alone (floor, minified ESM)', formatBytes(floor), '1.00×', ''],
    ];
    return [
      'What a portal page downloads for the widgets, each file gzipped as a server sends it.',
      'The ES build (`gongshi-widgets.js`) fetches a component only when its tag is on the page;',
      "zh-TW/en strings, the disclosure detail view (with the 纠错 form), the privacy engine's",
      'reading layer (parties and roles, issue 12) and the offline copy of a feed (IndexedDB,',
      'loaded once the feed has come) are further lazy chunks. Budget: the first view of a page',
      `≤ ${FIRST_VIEW_BUDGET_BYTES / 1024} KiB gzipped, held by widgets/first-view.test.ts in \`npm test\`.`,
      '',
      table(['download', 'gzipped', 'vs Lit', ''], rows),
    ].join('\n');
  },
};
