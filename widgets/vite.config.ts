import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');

/**
 * Minifies the widgets' static Lit `css` templates at build time (widgets/vite.config.ts):
 * the JS minifier leaves template text as written. Comments, indentation and the spaces around
 * `{ } ; , > :` go; line breaks stay, so the source maps stay right without being rewritten.
 * Templates with `${…}` are left alone.
 *
 * Limit: assumes no CSS string or url() in these templates needs its spaces around those
 * characters, and no selector has a space before a pseudo-class (`a :hover`); the widgets'
 * attribute selectors hold single words and pseudo-classes are written `a:hover`.
 */
export function minifyCssTemplates(code: string): string {
  return code.replace(/\bcss`([^`$]*)`/g, (_, body: string) => {
    const minified = body
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
      .split('\n')
      .map((line) =>
        line
          .trim()
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':'),
      )
      .join('\n')
      .replace(/;(\n*)}/g, '$1}');
    return `css\`${minified}\``;
  });
}

const cssTemplates: Plugin = {
  name: 'gongshi-minify-css-templates',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/widgets\/.+\.ts$/.test(id) || !code.includes('css`')) return undefined;
    return { code: minifyCssTemplates(code), map: null };
  },
};

/**
 * One chunk for the code two or more components share (Lit, idb, core, widgets/internal),
 * instead of a chunk per set of components that share it. A helper of a few hundred bytes
 * costs nearly as much again as a file of its own (an import list, an export list, a gzip
 * stream without the shared chunk's context), so config-check and deep-link ride along
 * even for the widgets that do not use them: the page with <enforcement-disclosure>, the
 * heaviest, saves ~300 B gzipped; service-guide and enforcement-agency pay ~0.3 and ~0.6 KiB (measured).
 * step-diagram (~1 KiB, two widgets) and safe-url (only the agency widget and the lazy
 * detail view) stay separate, as do the lazy zh-TW/en strings.
 */
const SHARED_CHUNK = {
  name: 'shared',
  test: (id: string) =>
    /\/(node_modules|core|widgets\/internal)\//.test(id) &&
    !/\/widgets\/internal\/(step-diagram|safe-url)\.ts$|\.messages\.(en|zh-TW)\.ts$/.test(id) &&
    // The agencies' part of the feed: only <enforcement-agency> and <service-guide> read it.
    !/\/core\/feed\/(agency-spec|parse-feed)\.ts$|\/core\/records\/agency-profile\.ts$/.test(id),
  minShareCount: 2,
};

/**
 * Two builds of the same widgets into dist/widgets:
 *
 * - `vite build` (default mode): `gongshi-widgets.js`, an ES module that loads each
 *   component's chunk only when its tag is on the page (widgets/autoloader.ts);
 * - `vite build --mode classic`: `gongshi-widgets.classic.js`, one self-contained classic
 *   script with every component, for CMS templates that cannot use `type="module"`.
 *
 * `npm run build:widgets` runs both, then the old-browser loader and custom-elements.json
 * (scripts/build-widget-extras.ts).
 */
export default defineConfig(({ mode }) => {
  const classic = mode === 'classic';
  return {
    root,
    publicDir: false,
    plugins: [cssTemplates],
    build: {
      outDir: resolve(root, 'dist/widgets'),
      emptyOutDir: !classic,
      // Chromium 70-era engines (older 360 and dual-core browsers) lack ?. and ??.
      target: 'es2019',
      // Maps are written for reading error reports, but not linked from the scripts: the
      // `sourceMappingURL` comment is for developers and cost every visitor ~40 B per file.
      sourcemap: 'hidden',
      // The ES build (what a portal's first view downloads) goes through terser, whose two
      // compress passes the bundler's own minifier then shortens further: ~490 B less of the
      // first view, gzipped. The classic one-file build is smaller with the bundler's alone.
      minify: classic ? true : 'terser',
      terserOptions: { compress: { passes: 2 }, format: { comments: false } },
      lib: classic
        ? {
            entry: resolve(root, 'widgets/index.ts'),
            name: 'GongshiWidgets',
            formats: ['iife'],
            fileName: () => 'gongshi-widgets.classic.js',
          }
        : {
            entry: resolve(root, 'widgets/autoloader.ts'),
            formats: ['es'],
            fileName: () => 'gongshi-widgets.js',
          },
      rollupOptions: {
        // terser takes most of the build's time by design: no warning that a plugin was slow.
        checks: { bundlerTimings: false },
        // Vite keeps whitespace in ES library output for the sake of downstream bundlers; this
        // file goes to browsers as it is, so it is minified fully.
        output: classic
          ? {}
          : {
              chunkFileNames: 'chunks/[name]-[hash].js',
              minify: true,
              comments: false,
              codeSplitting: { groups: [SHARED_CHUNK] },
            },
      },
    },
  };
});
