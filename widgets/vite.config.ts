import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

/**
 * Two self-contained builds of the same widgets: an ES module for modern templates and a
 * classic script for CMS templates that cannot use `type="module"`.
 */
export default defineConfig({
  root,
  publicDir: false,
  build: {
    outDir: resolve(root, 'dist/widgets'),
    emptyOutDir: true,
    target: 'es2019',
    sourcemap: true,
    minify: true,
    lib: {
      entry: resolve(root, 'widgets/index.ts'),
      name: 'GongshiWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'gongshi-widgets.js' : 'gongshi-widgets.classic.js'),
    },
  },
});
