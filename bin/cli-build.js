// How the CLI is bundled, in one place: bin/gongshi.js builds with it, and the CLI benchmark
// (bench/privacy.bench.ts) freezes a bundle made with it, so the benchmark times what users run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every cli/*.worker.ts becomes its own entry so worker threads load a sibling file.
 * @param {string} root
 * @returns {string[]}
 */
export function workerEntries(root) {
  return readdirSync(join(root, 'cli'))
    .filter((name) => name.endsWith('.worker.ts'))
    .sort();
}

/**
 * esbuild options for the CLI bundle written to `outdir`.
 * @param {string} root
 * @param {string} outdir
 * @param {string[]} [workers]
 * @returns {import('esbuild').BuildOptions & { metafile: true }}
 */
export function cliBuildOptions(root, outdir, workers = workerEntries(root)) {
  return {
    absWorkingDir: root,
    metafile: true,
    entryPoints: [join(root, 'cli', 'main.ts'), ...workers.map((name) => join(root, 'cli', name))],
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
  };
}
