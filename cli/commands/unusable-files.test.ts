import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/capture-io';

describe('every command explains a file it cannot use in Chinese and English', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'plain.txt'), '示例\n');
  const sample = join(import.meta.dirname, '../../demo-site/public/feeds/sample-feed.json');

  it.each([
    [['import', '--out', 'f.json', 'missing.csv'], 'missing.csv'],
    [['check', 'missing.json'], 'missing.json'],
    [['export', '--out', 'o.csv', 'missing.json'], 'missing.json'],
    [['stats', 'missing.json'], 'missing.json'],
    [['verify-log', 'missing.json'], 'missing.json'],
    [['scan', 'missing.txt'], 'missing.txt'],
    [['redact', '--out', 'out', 'missing.txt'], 'missing.txt'],
  ])('a missing input: %j', async (args, name) => {
    const result = await runCli(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`无法读取 / cannot read \\S*${name}: 文件或文件夹不存在 / no such file or folder`),
    );
    expect(result.stderr).not.toMatch(/ENOENT|Error:/);
  });

  it.each([
    [['import', '--out', 'f.json', 'folder']],
    [['check', 'folder']],
    [['export', '--out', 'o.csv', 'folder']],
    [['stats', 'folder']],
    [['verify-log', 'folder']],
  ])('a folder where a file is needed: %j', async (args) => {
    const result = await runCli(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('这是文件夹，不是文件 / it is a folder, not a file');
    expect(result.stderr).not.toMatch(/EISDIR|illegal operation/);
  });

  it('a path through a file to scan', async () => {
    const result = await runCli(['scan', 'plain.txt/inner.txt'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('路径中有一段不是文件夹 / a part of the path is not a folder');
    expect(result.stderr).not.toMatch(/ENOTDIR/);
  });

  const penalties = join(import.meta.dirname, '../../test/fixtures/spreadsheets/penalties-gbk.csv');

  it.each([
    [['export', '--out', 'nowhere/o.csv', sample], 'o.csv'],
    [['import', '--out', 'nowhere/f.json', penalties], 'f.json'],
  ])('an output in a folder that does not exist: %j', async (args, name) => {
    const result = await runCli(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `无法写入 / cannot write \\S*${name}: 所在的文件夹不存在 / its folder does not exist`,
      ),
    );
    expect(result.stderr).not.toMatch(/ENOENT|\.tmp/);
  });
});
