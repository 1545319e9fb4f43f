/**
 * bin/gongshi.js rebuilds the bundle when, and only when, something it was built from
 * changed. Run on a copy of the launcher and sources in a temporary folder, so that the
 * shared working tree's bundle and file times are left alone.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let copy: string;

function gongshi(...args: string[]) {
  const result = spawnSync(process.execPath, [join(copy, 'bin', 'gongshi.js'), ...args], {
    cwd: copy,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** When the last build started (the manifest's time), or undefined before any build. */
function buildStamp(): number | undefined {
  try {
    return statSync(join(copy, '.cache', 'cli', 'inputs.json')).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Runs `gongshi help` and says whether it rebuilt the bundle first. */
function runRebuilds(): boolean {
  const before = buildStamp();
  expect(gongshi('help').code).toBe(0);
  return buildStamp() !== before;
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'gongshi-launcher-'));
  for (const dir of ['bin', 'cli', 'core'])
    cpSync(join(root, dir), join(copy, dir), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) cpSync(join(root, file), join(copy, file));
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
}, 60_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('bin/gongshi.js', () => {
  it('builds on the first run and not again while nothing changed', () => {
    expect(runRebuilds()).toBe(true);
    expect(runRebuilds()).toBe(false);
    expect(runRebuilds()).toBe(false);
  }, 60_000);

  it('rebuilds after a source edit, and runs the edited code', () => {
    const main = join(copy, 'cli', 'main.ts');
    writeFileSync(
      main,
      readFileSync(main, 'utf8').replace(
        'Usage: gongshi <command>',
        'Usage: gongshi-edited <command>',
      ),
    );
    const before = buildStamp();
    const help = gongshi('help');
    expect(buildStamp()).not.toBe(before);
    expect(help.stdout).toContain('Usage: gongshi-edited <command>');
    expect(runRebuilds()).toBe(false);
  }, 60_000);

  it.each([
    [
      'a core module is edited',
      () => appendFileSync(join(copy, 'core', 'privacy', 'scan.ts'), '\n'),
    ],
    ['the launcher is edited', () => appendFileSync(join(copy, 'bin', 'gongshi.js'), '\n')],
    [
      'a worker entry is added',
      () => writeFileSync(join(copy, 'cli', 'extra.worker.ts'), 'export const extra = 1;\n'),
    ],
    ['a worker entry is removed', () => rmSync(join(copy, 'cli', 'extra.worker.ts'))],
    ['the manifest is missing', () => rmSync(join(copy, '.cache', 'cli', 'inputs.json'))],
    ['a build was cut short', () => writeFileSync(join(copy, '.cache', 'cli', 'inputs.json'), '')],
  ])(
    'rebuilds when %s',
    (_, change) => {
      expect(runRebuilds()).toBe(false);
      change();
      expect(runRebuilds()).toBe(true);
    },
    60_000,
  );

  it('keeps no chunks of earlier builds', () => {
    const outdir = join(copy, '.cache', 'cli');
    mkdirSync(outdir, { recursive: true });
    writeFileSync(join(outdir, 'chunk-OLD.js'), '');
    appendFileSync(join(copy, 'cli', 'main.ts'), '\n');
    expect(runRebuilds()).toBe(true);
    expect(() => statSync(join(outdir, 'chunk-OLD.js'))).toThrow();
  }, 60_000);
});
