import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../core/spreadsheet/import-workbook';
import { main } from '../main';
import { captureIO } from '../testing/capture-io';

describe('gongshi template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-template-'));

  it.each([
    ['officers', 'o.xlsx', 'officers'],
    ['随机抽查事项清单', 'r.csv', 'randomInspections'],
    ['major-decisions', 'm.xlsx', 'majorDecisionCatalogue'],
    ['penalty', 'p.csv', 'penalty'],
  ])('writes a %s sheet that gongshi import recognises', async (kind, file, expected) => {
    const io = captureIO(dir);
    expect(await main(['template', kind, '--out', file], io)).toBe(0);
    const workbook = importWorkbook(new Uint8Array(readFileSync(join(dir, file))), {
      fileName: file,
    });
    expect(workbook.sheets[0]!.kind).toBe(expected);
  });

  it('writes GBK for systems that read nothing else', async () => {
    expect(
      await main(['template', 'officers', '--out', 'g.csv', '--encoding', 'gbk'], captureIO(dir)),
    ).toBe(0);
    const text = iconv.decode(readFileSync(join(dir, 'g.csv')), 'gbk');
    expect(text.split('\r\n')[0]).toBe(
      '序号,执法主体,统一社会信用代码,姓名,执法证号,执法类别,执法区域,证件有效期,更新日期,更正原因,撤回原因',
    );
  });

  it.each([
    [['template', 'fees', '--out', 'x.xlsx'], /KIND must be penalty, licence, profile/],
    [['template', 'officers', '--out', 'x.txt'], /--out must end in .csv or .xlsx/],
    [['template', 'officers'], /--out FILE.xlsx\|FILE.csv is required/],
    [['template', 'officers', '--out', 'x.xlsx', '--encoding', 'gbk'], /applies to CSV only/],
  ])('refuses %j (exit 2)', async (args, message) => {
    const io = captureIO(dir);
    expect(await main(args, io)).toBe(2);
    expect(io.err()).toMatch(message);
  });
});
