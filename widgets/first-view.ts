import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a portal page downloads before a widget shows anything, measured on the built ES
 * bundle (`npm run build:widgets`): the entry `gongshi-widgets.js`, the tag's chunk and every
 * chunk they import statically, each gzipped as a server sends it (level 9). Dynamic
 * `import()`s (zh-TW/en strings, the detail view, the reading layer, the offline copy) are
 * not part of it. Node-only: read by the size-budget test and `npm run bench`, never shipped.
 *
 * @example firstView('enforcement-disclosure').bytes // 36614
 */

/** The four tags; each has its own chunk, fetched when the tag is on the page. */
export const WIDGET_TAGS = [
  'enforcement-disclosure',
  'service-guide',
  'enforcement-agency',
  'enforcement-stats',
] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/**
 * The first view of a page with one tag may be up to 36 KiB gzipped (issue 15): the privacy
 * engine in the browser is worth its bytes, and the figure can only shrink from here.
 */
export const FIRST_VIEW_BUDGET_BYTES = 36 * 1024;

/** The ES entry the page loads (widgets/autoloader.ts). */
export const ES_ENTRY = 'gongshi-widgets.js';

export const DEFAULT_DIST = resolve(import.meta.dirname, '..', 'dist', 'widgets');

export interface FirstView {
  readonly tag: WidgetTag;
  /** Paths relative to the dist folder, the entry first. */
  readonly files: readonly string[];
  /** Their gzipped sizes added up. */
  readonly bytes: number;
}

export function gzipSize(code: string | Uint8Array): number {
  return gzipSync(code, { level: 9 }).length;
}

/** The gzipped size of a built file, `file` relative to `dist`. */
export function gzipFileSize(file: string, dist: string = DEFAULT_DIST): number {
  return gzipSize(readFileSync(resolve(dist, file)));
}

/** The built `.js` chunks, relative to `dist/chunks`. */
export function builtChunks(dist: string = DEFAULT_DIST): string[] {
  return readdirSync(resolve(dist, 'chunks')).filter((file) => file.endsWith('.js'));
}

/** The files a module statically imports (`import … from "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string, dist: string): string[] {
  const code = readFileSync(resolve(dist, file), 'utf8');
  const directory = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+)["']/g)].map(
    (match) => `${directory}${match[1]!.slice(2)}`,
  );
}

/** `file` and everything it statically imports: what the browser fetches before it runs. */
function closure(file: string, dist: string, seen: Set<string>): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of staticImports(file, dist)) closure(imported, dist, seen);
  return seen;
}

/** The first view of a page with `tag` alone. Throws when the build has no chunk for it. */
export function firstView(tag: WidgetTag, dist: string = DEFAULT_DIST): FirstView {
  const chunk = builtChunks(dist).find((file) => file.startsWith(`${tag}-`));
  if (!chunk) throw new Error(`no chunk for ${tag} in ${dist}/chunks: run npm run build:widgets`);
  const files = [...closure(`chunks/${chunk}`, dist, closure(ES_ENTRY, dist, new Set()))];
  const bytes = files.reduce((sum, file) => sum + gzipFileSize(file, dist), 0);
  return { tag, files, bytes };
}
