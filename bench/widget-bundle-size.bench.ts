import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type Benchmark, formatBytes, table } from './internal/benchmark';

const root = resolve(import.meta.dirname, '..');

function gzipSize(code: string | Uint8Array): number {
  return gzipSync(code, { level: 9 }).length;
}

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

const dist = resolve(root, 'dist/widgets');

/** The files a module statically imports (`import … from "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const code = readFileSync(resolve(dist, file), 'utf8');
  const directory = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+)["']/g)].map(
    (match) => `${directory}${match[1]!.slice(2)}`,
  );
}

/** `file` and everything it statically imports: what the browser fetches before it runs. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of staticImports(file)) closure(imported, seen);
  return seen;
}

const gzipFile = (file: string) => gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length;

const COMPONENTS = [
  'enforcement-disclosure',
  'service-guide',
  'enforcement-agency',
  'enforcement-stats',
] as const;

export const widgetBundleSize: Benchmark = {
  id: 'widget-bundle-size',
  title: 'Widget bundle size (gzip -9)',
  command: 'npm run build:widgets && npm run bench -- widget-bundle-size',
  async run() {
    const floor = gzipSize(await litFloor());
    const chunks = readdirSync(resolve(dist, 'chunks')).filter((file) => file.endsWith('.js'));
    const entry = 'gongshi-widgets.js';
    const pageRows = COMPONENTS.map((component) => {
      const chunk = chunks.find((file) => file.startsWith(`${component}-`));
      if (!chunk) throw new Error(`no chunk for ${component} in dist/widgets/chunks`);
      const files = closure(`chunks/${chunk}`, closure(entry));
      const size = [...files].reduce((sum, file) => sum + gzipFile(file), 0);
      return [
        `page with \`<${component}>\` (zh-CN, first view)`,
        formatBytes(size),
        `${(size / floor).toFixed(2)}×`,
        `${files.size} files`,
      ];
    });
    // The privacy engine's reading layer (core/privacy/reading): fetched for the detail
    // view, and before the first rows when a feed's records may show a minor.
    const reading = chunks.find((file) => file.startsWith('document-reading-'));
    const readingRow = reading
      ? [
          [
            'reading layer (lazy: detail view; a feed whose texts may show a minor)',
            formatBytes(gzipFile(`chunks/${reading}`)),
            `${(gzipFile(`chunks/${reading}`) / floor).toFixed(2)}×`,
            '1 file',
          ],
        ]
      : [];
    const allEs = [entry, ...chunks.map((file) => `chunks/${file}`)];
    const allEsSize = allEs.reduce((sum, file) => sum + gzipFile(file), 0);
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
        formatBytes(gzipFile('gongshi-widgets.classic.js')),
        `${(gzipFile('gongshi-widgets.classic.js') / floor).toFixed(2)}×`,
        '1 file',
      ],
      [
        '`gongshi-loader.js` (ES5 loader)',
        formatBytes(gzipFile('gongshi-loader.js')),
        `${(gzipFile('gongshi-loader.js') / floor).toFixed(2)}×`,
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
      '≤ 36 KiB gzipped.',
      '',
      table(['download', 'gzipped', 'vs Lit', ''], rows),
    ].join('\n');
  },
};
