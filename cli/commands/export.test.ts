import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/capture-io';

const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'demo-site', 'public', 'feeds', 'sample-feed.json');

describe('gongshi export --encoding gbk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same CSV in GBK, without a BOM, for provincial systems that want it', async () => {
    const utf8 = await runCli(['export', '--out', 'utf8.csv', sample], dir);
    const gbk = await runCli(['export', '--out', 'gbk.csv', '--encoding', 'gbk', sample], dir);
    expect(gbk).toMatchObject({ code: 0, stderr: '' });
    expect(gbk.stdout).toBe(utf8.stdout.replace('utf8.csv', 'gbk.csv'));
    const bytes = readFileSync(join(dir, 'gbk.csv'));
    const expected = readFileSync(join(dir, 'utf8.csv'), 'utf8').replace(/^\uFEFF/, '');
    expect(new TextDecoder('gbk').decode(bytes)).toBe(expected);
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xd0, 0xd5, 0xfe]); // 行政
  });

  it('refuses a character GBK cannot write, naming its row and column, and writes nothing', async () => {
    const feed = JSON.parse(readFileSync(sample, 'utf8'));
    const [first, second] = feed.records.filter(
      (record: { category: string; withdrawal?: unknown }) =>
        record.category === '行政处罚' && !record.withdrawal,
    );
    second.party.name = `${second.party.name}𠮷`;
    feed.records = [first, second];
    writeFileSync(join(dir, 'rare.json'), JSON.stringify(feed));
    const result = await runCli(
      ['export', '--out', 'rare.csv', '--encoding', 'gbk', 'rare.json'],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'gongshi export: 第 3 行「行政相对人名称」中的“𠮷”（U+20BB7）无法用 GBK 表示，未写入文件：请改用 UTF-8（去掉 --encoding gbk）或修改该记录。' +
        ' / row 3, column 行政相对人名称: "𠮷" (U+20BB7) has no GBK form; nothing written: export UTF-8 (without --encoding gbk) or correct the record.\n',
    );
    expect(existsSync(join(dir, 'rare.csv'))).toBe(false);
  });

  it.each([
    [
      ['--out', 'x.xlsx', '--encoding', 'gbk'],
      '--encoding 只适用于 CSV：XLSX 文件总是以 Unicode 保存 / --encoding applies to CSV only: XLSX always stores Unicode',
    ],
    [
      ['--out', 'x.csv', '--encoding', 'big5'],
      '--encoding 应为 utf-8 或 gbk（收到 "big5"）/ --encoding must be utf-8 or gbk, got "big5"',
    ],
  ])('refuses %j with a usage error', async (args, message) => {
    const result = await runCli(['export', ...args, sample], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`gongshi export: ${message}\n\nUsage: gongshi export`);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});
