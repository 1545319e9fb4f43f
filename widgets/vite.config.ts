import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

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
    build: {
      outDir: resolve(root, 'dist/widgets'),
      emptyOutDir: !classic,
      // Chromium 70-era engines (older 360 and dual-core browsers) lack ?. and ??.
      target: 'es2019',
      sourcemap: true,
      minify: true,
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
        // Vite keeps whitespace in ES library output for the sake of downstream bundlers; this
        // file goes to browsers as it is, so it is minified fully.
        output: classic
          ? {}
          : { chunkFileNames: 'chunks/[name]-[hash].js', minify: true, comments: false },
      },
    },
  };
});
