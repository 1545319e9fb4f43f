#!/usr/bin/env node
// The `gongshi` command. The CLI is written in TypeScript (cli/, core/); this launcher bundles
// it with esbuild into .cache/cli/ the first time and whenever a source file is newer than the
// bundle, so it works straight after `npm install` without a separate build step, and later
// runs start in milliseconds.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, '.cache', 'cli');
const bundle = join(outdir, 'main.js');
const SOURCE_DIRS = ['cli', 'core'];

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleTime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

function isStale() {
  const built = bundleTime();
  if (built < 0) return true;
  return SOURCE_DIRS.some((dir) => newestSourceTime(join(root, dir)) > built);
}

if (isStale()) {
  const { build } = await import('esbuild');
  // Every cli/*.worker.ts becomes its own entry so worker threads load a sibling file.
  const workers = readdirSync(join(root, 'cli'))
    .filter((name) => name.endsWith('.worker.ts'))
    .map((name) => join(root, 'cli', name));
  const result = await build({
    absWorkingDir: root,
    metafile: true,
    entryPoints: [join(root, 'cli', 'main.ts'), ...workers],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Linked, not inline: an inline map is parsed on every start and only helps with
    // --enable-source-maps, which a debugging developer can pass with the .map beside it.
    sourcemap: 'linked',
    logLevel: 'error',
    // Packages stay in node_modules: they are installed, and bundling them gains nothing.
    packages: 'external',
  });
  // Chunk names carry content hashes, so old builds leave files behind: remove what this
  // build did not write. (Not the whole folder first: another gongshi process may be
  // loading the same, identical, chunks right now.)
  const written = new Set(Object.keys(result.metafile.outputs).map((file) => join(root, file)));
  for (const name of readdirSync(outdir)) {
    const file = join(outdir, name);
    if (!written.has(file)) rmSync(file, { force: true });
  }
}

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
