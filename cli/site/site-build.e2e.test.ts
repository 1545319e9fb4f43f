/**
 * `gongshi build` as shipped (bin/gongshi.js, the bundle with its worker thread): the files
 * the worker carries over, makes ahead and writes are those the command writes in one
 * thread (run from the sources, as the other build tests do), and a build that stops
 * leaves SITE as it was and nothing beside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../core/spreadsheet/csv';
import { writeSampleSheets } from '../../test/support/sample-sheets';
import { runCli } from '../testing/capture-io';

const TODAY = '2026-11-20';
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gongshi-site-worker-'));
const sheets = join(dir, 'sheets');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bundled command, in a process of its own. */
function shipped(site: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [join(root, 'bin', 'gongshi.js'), 'build', '--out', site, '--today', TODAY, sheets],
    { cwd: dir, encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `folder` with its bytes, `/`-separated. */
function contents(folder: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      for (const [inner, text] of contents(folder, path)) files.set(inner, text);
    } else files.set(path, readFileSync(join(folder, path), 'utf8'));
  }
  return files;
}

/** What differs between two builds of the same sheets: the times they were made. */
function timeless(path: string, text: string): string {
  if (path !== 'gongshi-manifest.json')
    return text.replace(/"generated": "[^"]*"/, '"generated": ""');
  const manifest = JSON.parse(text);
  manifest.built = '';
  manifest.files['feeds/gongshi.json'].sha256 = '';
  return JSON.stringify(manifest, null, 1);
}

/** The build's folders beside SITE: the new site, the old one set aside, files made ahead. */
const temporaryFolders = () =>
  readdirSync(dir).filter((name) => /^\.site\.gongshi-(new|old|pool)-/.test(name));

const penalties = join(sheets, 'a02-行政处罚.csv');
function editPenalties(edit: (rows: string[][], column: (title: string) => number) => void) {
  const rows = parseCsv(iconv.decode(readFileSync(penalties), 'gbk'));
  edit(rows, (title) => rows[0]!.findIndex((name) => name.startsWith(title)));
  writeFileSync(penalties, iconv.encode(formatCsv(rows), 'gbk'));
}

describe('gongshi build as shipped (with its worker thread)', () => {
  const site = join(dir, 'site');

  beforeAll(() => {
    writeSampleSheets(sheets, { count: 240, agencies: 3 });
  }, 60_000);

  it('writes the same site as the build run in one thread', async () => {
    const result = shipped(site);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const reference = join(dir, 'reference');
    expect((await runCli(['build', '--out', reference, '--today', TODAY, sheets], dir)).code).toBe(
      0,
    );
    const built = contents(site);
    const expected = contents(reference);
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of built) {
      expect(timeless(path, text), path).toBe(timeless(path, expected.get(path)!));
    }
  }, 60_000);

  it('rebuilds after one sheet changed: the rest carried over as links, the old site gone', () => {
    const before = contents(site);
    const inode = (path: string) => statSync(join(site, path)).ino;
    const kept = [...before.keys()].find((path) => path.startsWith('zfzt/'))!;
    const keptInode = inode(kept);
    editPenalties((rows, column) => {
      rows[1]![column('罚款金额')] = String(Number(rows[1]![column('罚款金额')]) + 1);
    });
    const result = shipped(site);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 corrected/);
    expect(inode(kept)).toBe(keptInode);
    expect(temporaryFolders()).toEqual([]);
  }, 60_000);

  it('stops on personal data with SITE untouched and nothing left beside it', () => {
    const manifest = join(site, 'gongshi-manifest.json');
    const before = { text: readFileSync(manifest, 'utf8'), inode: statSync(manifest).ino };
    editPenalties((rows, column) => {
      rows[2]![column('违法事实')] += '当事人手机13812345678。';
    });
    const result = shipped(site);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/personal-data\.found/);
    expect({ text: readFileSync(manifest, 'utf8'), inode: statSync(manifest).ino }).toEqual(before);
    expect(temporaryFolders()).toEqual([]);
  }, 60_000);
});
