#!/usr/bin/env node
// The `gongshi` command. The CLI is written in TypeScript (cli/, core/). In a checkout, this
// launcher bundles it with esbuild into .cache/cli/ the first time and whenever a source file
// changed since the last build, so it works straight after `npm install` without a separate
// build step, and later runs start in milliseconds. An installed package has no sources and
// no esbuild: it runs the bundle bin/build-package.js wrote into dist/cli/ before packing.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `gongshi … | head`: once the reader has gone, every write fails with EPIPE. Stop at once
// and quietly, as a Unix tool killed by SIGPIPE does (status 128 + 13), instead of dying on
// an unhandled 'error' event with a stack trace. Once, here, for every command.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(141);
    throw error;
  });
}

const launcher = fileURLToPath(import.meta.url);
const buildOptions = fileURLToPath(new URL('./cli-build.js', import.meta.url));
const root = join(dirname(launcher), '..');
const outdir = join(root, '.cache', 'cli');
const checkout = existsSync(join(root, 'cli', 'main.ts'));
const bundle = checkout ? join(outdir, 'main.js') : join(root, 'dist', 'cli', 'main.js');
// What the last build read: its inputs (from esbuild's metafile) and worker entries. The
// file's modification time is when that build started.
const manifest = join(outdir, 'inputs.json');
// Only a checkout builds: cli-build.js and esbuild are not in the installed package.
const { cliBuildOptions, workerEntries } = checkout ? await import('./cli-build.js') : {};

/**
 * Stale when a file the bundle was built from changed after that build started, or the
 * launcher or its build options (cli-build.js) did, or a worker entry was added or removed. Only the bundle's own
 * inputs are checked (~90 stats), not every file under cli/ and core/ (tests included).
 *
 * Limit: a new file that an unchanged import would now resolve to instead (`./x.ts` added
 * beside `./x/index.ts`) is not noticed until some input is edited.
 */
function isStale() {
  let started;
  let recorded;
  try {
    started = statSync(manifest).mtimeMs;
    recorded = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    return true; // never built, or a build did not finish
  }
  if (recorded.workers.join('\n') !== workerEntries(root).join('\n')) return true;
  for (const file of [
    launcher,
    buildOptions,
    ...recorded.inputs.map((input) => join(root, input)),
  ]) {
    try {
      if (statSync(file).mtimeMs > started) return true;
    } catch {
      return true; // an input was deleted or renamed
    }
  }
  return false;
}

if (checkout && isStale()) {
  const { build } = await import('esbuild');
  mkdirSync(outdir, { recursive: true });
  // Emptied first: a build that fails or is interrupted leaves no valid manifest, so the next
  // run builds again. Its time now, on the file system's clock, is the build's start.
  writeFileSync(manifest, '');
  const started = statSync(manifest).mtime;
  const workers = workerEntries(root);
  const result = await build(cliBuildOptions(root, outdir, workers));
  // Chunk names carry content hashes, so old builds leave files behind: remove what this
  // build did not write. (Not the whole folder first: another gongshi process may be
  // loading the same, identical, chunks right now.)
  const written = new Set(Object.keys(result.metafile.outputs).map((file) => join(root, file)));
  written.add(manifest);
  for (const name of readdirSync(outdir)) {
    const file = join(outdir, name);
    if (!written.has(file)) rmSync(file, { force: true });
  }
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes(':'));
  writeFileSync(manifest, `${JSON.stringify({ workers, inputs }, null, 2)}\n`);
  utimesSync(manifest, started, started);
}

if (!existsSync(bundle)) {
  process.stderr.write(
    'gongshi: 安装包中没有预先构建的命令（dist/cli/）：打包前须先运行 node bin/build-package.js。' +
      ' / this package was packed without its build (dist/cli/): run node bin/build-package.js before npm pack.\n',
  );
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
