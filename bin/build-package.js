#!/usr/bin/env node
// Builds what the packed package runs and exports, into dist/, so that `npm pack` gives a
// package that works with its "dependencies" alone (no TypeScript sources, no tsx, no
// esbuild): run it before `npm pack` (`node bin/build-package.js`).
//
//   dist/cli/    the `gongshi` command, bundled as bin/gongshi.js bundles it in a checkout;
//   dist/lib/    `gongshi/core` and `gongshi/widgets` as ES modules for a portal's bundler;
//   dist/types/  their type declarations, written by tsc from the same sources.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cliBuildOptions } from './cli-build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dependencies = Object.keys(manifest.dependencies ?? {});

/**
 * Fails the build when a bundle imports a package that an install of the packed package
 * would not have: only Node's built-ins and "dependencies" exist there.
 * @param {import('esbuild').Metafile} metafile
 */
function checkImports(metafile) {
  const builtins = new Set(builtinModules);
  const isInstalled = (specifier) =>
    specifier.startsWith('node:') ||
    builtins.has(specifier) ||
    dependencies.some((name) => specifier === name || specifier.startsWith(`${name}/`));
  for (const [file, output] of Object.entries(metafile.outputs)) {
    for (const { path, external } of output.imports) {
      if (external && !isInstalled(path)) {
        throw new Error(`${file} imports "${path}", which is not in "dependencies"`);
      }
    }
  }
}

for (const folder of ['cli', 'lib', 'types'])
  rmSync(join(dist, folder), { recursive: true, force: true });

const cli = await build(cliBuildOptions(root, join(dist, 'cli')));
checkImports(cli.metafile);

// The widgets' own packages (Lit, idb) are devDependencies: bundled in, not imported.
// "dependencies" stay imports, so the portal's bundler shares them with its other code.
// One build with both entries, so code the two share (core) is one chunk, not two copies.
const lib = await build({
  absWorkingDir: root,
  entryPoints: { core: 'core/index.ts', widgets: 'widgets/index.ts' },
  outdir: join(dist, 'lib'),
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: dependencies,
  metafile: true,
  sourcemap: 'linked',
  logLevel: 'error',
});
checkImports(lib.metafile);

// tsc needs a config file: this one extends the project's, with emit switched on for the
// two public entry points only. No @types/node: core and widgets must not need it.
const config = join(root, '.cache', 'package-types', 'tsconfig.json');
mkdirSync(dirname(config), { recursive: true });
writeFileSync(
  config,
  JSON.stringify({
    extends: '../../tsconfig.json',
    compilerOptions: {
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      rootDir: '../..',
      outDir: '../../dist/types',
      types: [],
    },
    include: [],
    files: ['../../core/index.ts', '../../widgets/index.ts'],
  }),
);
execFileSync(
  process.execPath,
  [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config],
  {
    stdio: 'inherit',
  },
);
