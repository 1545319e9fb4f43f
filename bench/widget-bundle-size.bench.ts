import { readFileSync } from 'node:fs';
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

export const widgetBundleSize: Benchmark = {
  id: 'widget-bundle-size',
  title: 'Widget bundle size (gzip -9)',
  command: 'npm run build:widgets && npm run bench -- widget-bundle-size',
  async run() {
    const files = ['gongshi-widgets.js', 'gongshi-widgets.classic.js'];
    const floor = gzipSize(await litFloor());
    const rows = files.map((file) => {
      const size = gzipSize(readFileSync(resolve(root, 'dist/widgets', file)));
      return [`\`dist/widgets/${file}\``, formatBytes(size), `${(size / floor).toFixed(2)}×`];
    });
    rows.push(['Lit alone (floor, minified ESM)', formatBytes(floor), '1.00×']);
    return [
      'Everything a portal page downloads for the widgets, against Lit itself.',
      'Target (issue 5): the whole bundle ≤ 30 KiB gzipped, Lit included.',
      '',
      table(['bundle', 'gzipped', 'vs Lit'], rows),
    ].join('\n');
  },
};
