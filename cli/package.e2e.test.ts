/**
 * The package installs like one: built (bin/build-package.js) and packed (`npm pack`) from a
 * copy of the sources, installed into an empty folder with nothing but its "dependencies",
 * offline. There `npx gongshi` must run, and a portal's bundler must get `gongshi/core` and
 * `gongshi/widgets` with their types.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sample = join(root, 'demo-site', 'public', 'feeds', 'sample-feed.json');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
// npm must never reach for the registry: the test runs offline.
const env = {
  ...process.env,
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

let work: string;
let portal: string;

/** The package's "dependencies" and theirs, by name, as installed in this checkout. */
function dependencyClosure(): string[] {
  const names = new Set<string>();
  const queue = Object.keys(manifest.dependencies ?? {});
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (names.has(name)) continue;
    names.add(name);
    const installed = JSON.parse(
      readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
    );
    queue.push(...Object.keys(installed.dependencies ?? {}));
  }
  return [...names];
}

async function gongshi(...args: string[]) {
  return run('npx', ['gongshi', ...args], { cwd: portal, env });
}

async function typeCheck(source: string) {
  writeFileSync(join(portal, 'portal.ts'), source);
  return run(process.execPath, [tsc, '-p', join(portal, 'tsconfig.json')], { cwd: portal }).then(
    () => ({ code: 0, stdout: '' }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gongshi-package-'));
  // A copy, so that building dist/ and packing leave the shared working tree alone.
  const copy = join(work, 'source');
  for (const dir of ['bin', 'cli', 'core', 'widgets']) {
    cpSync(join(root, dir), join(copy, dir), { recursive: true });
  }
  for (const file of ['package.json', 'tsconfig.json', 'README.md']) {
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  await run(process.execPath, [join(copy, 'bin', 'build-package.js')], { cwd: copy });
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: copy,
    env,
  });
  const tarball = join(work, JSON.parse(packed.stdout)[0].filename);

  // The dependencies come from this checkout's node_modules, packed as they are, so that the
  // install needs no registry; nothing else is installed.
  portal = join(work, 'portal');
  mkdirSync(join(portal, 'deps'), { recursive: true });
  writeFileSync(
    join(portal, 'package.json'),
    '{ "name": "portal", "private": true, "type": "module" }\n',
  );
  const deps = [];
  for (const name of dependencyClosure()) {
    const result = await run(
      'npm',
      [
        'pack',
        '--json',
        '--ignore-scripts',
        join(root, 'node_modules', name),
        '--pack-destination',
        join(portal, 'deps'),
      ],
      { cwd: portal, env },
    );
    deps.push(`./deps/${JSON.parse(result.stdout)[0].filename}`);
  }
  await run('npm', ['install', '--offline', tarball, ...deps], { cwd: portal, env });
  writeFileSync(
    join(portal, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'ESNext',
        moduleResolution: 'Bundler',
        target: 'ES2022',
        strict: true,
        noEmit: true,
        lib: ['ES2022', 'DOM'],
        types: [],
      },
      files: ['portal.ts'],
    }),
  );
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package, installed', () => {
  it('holds the built command and no TypeScript sources', () => {
    const installed = join(portal, 'node_modules', 'gongshi');
    expect(existsSync(join(installed, 'dist', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(join(installed, 'cli'))).toBe(false);
    expect(existsSync(join(installed, 'core'))).toBe(false);
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).private).toBe(true);
  });

  it('runs npx gongshi help and --version', async () => {
    const help = await gongshi('help');
    expect(help.stdout).toContain('Usage: gongshi <command>');
    expect((await gongshi('--version')).stdout).toBe(`gongshi ${manifest.version}\n`);
  }, 60_000);

  it('runs commands that load its dependencies (XLSX, GBK)', async () => {
    const xlsx = await gongshi('export', '--out', 'out.xlsx', sample);
    expect(xlsx.stdout).toMatch(/\d+ 行政处罚 rows/);
    const gbk = await gongshi('export', '--encoding', 'gbk', '--out', 'out.csv', sample);
    expect(gbk.stdout).toMatch(/\d+ 行政处罚 rows/);
  }, 60_000);

  it('types gongshi/core for a portal, and its types are real (a misuse fails)', async () => {
    const use = `import { verifyJournal, type VerifyResult } from 'gongshi/core';\n`;
    expect(
      await typeCheck(`${use}export const result: VerifyResult = verifyJournal([]);\n`),
    ).toEqual({
      code: 0,
      stdout: '',
    });
    const misuse = await typeCheck(`${use}export const wrong: number = verifyJournal([]).ok;\n`);
    expect(misuse.code).not.toBe(0);
    expect(misuse.stdout).toContain('TS2322');
  }, 60_000);

  // The widgets' declarations extend Lit's LitElement: "lit" is installed with the package.
  it('types gongshi/widgets for a portal', async () => {
    const source = [
      `import { EnforcementDisclosure } from 'gongshi/widgets';`,
      `export const listing: EnforcementDisclosure | null = document.querySelector('enforcement-disclosure');`,
      `export const tag: typeof EnforcementDisclosure = EnforcementDisclosure;`,
      '',
    ].join('\n');
    expect(await typeCheck(source)).toEqual({ code: 0, stdout: '' });
  }, 60_000);

  it('bundles gongshi/core and gongshi/widgets with a bundler', async () => {
    writeFileSync(
      join(portal, 'entry.js'),
      `import { verifyJournal } from 'gongshi/core';\nimport { EnforcementDisclosure } from 'gongshi/widgets';\nconsole.log(verifyJournal([]).ok, EnforcementDisclosure);\n`,
    );
    const result = await build({
      absWorkingDir: portal,
      entryPoints: ['entry.js'],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toMatch(/["']enforcement-disclosure["']/);
    expect(code).toContain('customElements.define');
  }, 60_000);
});
