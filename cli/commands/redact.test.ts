import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/capture-io';

const HTML = '<p class="x">手机：138<span>1234</span>5678</p><img alt="监督电话：0830-3196001">';
const GBK_TEXT = '当事人：张三，身份证号码：510502197806120039，住址：泸州市江阳区康城路12号。\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongshi-redact-'));
  mkdirSync(join(dir, 'in', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'in', 'page.html'), HTML);
  writeFileSync(join(dir, 'in', 'deep', 'gbk.txt'), iconv.encode(GBK_TEXT, 'gbk'));
  writeFileSync(join(dir, 'in', 'bom.txt'), `\ufeff证人：王五`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gongshi redact', () => {
  it('writes redacted copies with the same relative paths and encodings, inputs untouched', async () => {
    const result = await runCli(['redact', '--out', 'out', 'in'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 redacted copies');
    expect(result.stdout).toContain('4 items redacted');
    expect(readFileSync(join(dir, 'out', 'page.html'), 'utf8')).toBe(
      '<p class="x">手机：【已脱敏】<span></span></p><img alt="监督电话：0830-3196001">',
    );
    const gbk = readFileSync(join(dir, 'out', 'deep', 'gbk.txt'));
    expect(iconv.decode(gbk, 'gbk')).toBe(
      '当事人：张三，身份证号码：【已脱敏】，住址：泸州市江阳区【已脱敏】。\n',
    );
    expect(readFileSync(join(dir, 'out', 'bom.txt'))[0]).toBe(0xef);
    expect(readFileSync(join(dir, 'out', 'bom.txt'), 'utf8')).toBe('\ufeff证人：王某');
    expect(readFileSync(join(dir, 'in', 'page.html'), 'utf8')).toBe(HTML);
    expect(iconv.decode(readFileSync(join(dir, 'in', 'deep', 'gbk.txt')), 'gbk')).toBe(GBK_TEXT);
  });

  it('writes no copy of a GBK file with a stray byte, and says where it is', async () => {
    mkdirSync(join(dir, 'stray'), { recursive: true });
    const bytes = Buffer.concat([
      iconv.encode('当事人：张三\n身份证号码：510502197806120039\n', 'gbk'),
      Buffer.from([0xff, 0x20]),
      iconv.encode('住址：泸州市江阳区康城路12号\n', 'gbk'),
    ]);
    writeFileSync(join(dir, 'stray', 'bad.txt'), bytes);
    const result = await runCli(['redact', '--out', 'stray-out', join('stray', 'bad.txt')], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('第 3 行第 1 列');
    expect(result.stderr).toContain('no redacted copy written');
    expect(existsSync(join(dir, 'stray-out', 'bad.txt'))).toBe(false);
    expect(readFileSync(join(dir, 'stray', 'bad.txt'))).toEqual(bytes);
  });

  it('staff style masks partially', async () => {
    const result = await runCli(
      ['redact', '--style', 'staff', '--out', 'staff', join('in', 'page.html')],
      dir,
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'staff', 'page.html'), 'utf8')).toContain(
      '138****5678<span></span>',
    );
  });

  it('refuses to write into an input folder', async () => {
    const result = await runCli(['redact', '--out', join('in', 'deep'), 'in'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing to write over an input');
  });

  it.each([
    [['redact', 'in'], '--out DIR is required'],
    [['redact', '--out', 'x'], 'give at least one file'],
    [['redact', '--out', 'x', '--style', 'loose', 'in'], '--style must be public or staff'],
  ])('rejects %j with exit 2', async (args, message) => {
    const result = await runCli(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
