import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { formatCsv } from './csv';
import { importWorkbook } from './import-workbook';
import { sheetTemplate, writeSheetTemplate } from './sheet-template';
import { writeXlsx } from './xlsx-write';

const lists = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'spreadsheets');
const fixture = (name: string) => new Uint8Array(readFileSync(join(lists, name)));
const codes = (problems: readonly { code: string }[]) => problems.map((problem) => problem.code);

describe('the sample agency sheets (test/fixtures/spreadsheets/agency-lists)', () => {
  it.each([
    ['profile', 'profile', 1, 1],
    ['powers', 'powers', 4, 3],
    ['officers', 'officers', 3, 3],
    ['random-inspections', 'randomInspections', 2, 1],
    ['major-decisions', 'majorDecisionCatalogue', 3, 2],
    ['service-guides', 'serviceGuides', 3, 1],
  ])(
    '%s: the XLSX and the GBK CSV are read as %s, every row imported',
    (file, kind, xlsxRows, csvRows) => {
      const xlsx = importWorkbook(fixture(`agency-lists/${file}.xlsx`), {
        fileName: `${file}.xlsx`,
      });
      const csv = importWorkbook(fixture(`agency-lists/${file}-gbk.csv`), {
        fileName: `${file}-gbk.csv`,
      });
      expect(csv.encoding).toBe('gb18030');
      for (const [workbook, rows] of [
        [xlsx, xlsxRows],
        [csv, csvRows],
      ] as const) {
        const [sheet] = workbook.sheets;
        expect(sheet).toMatchObject({
          kind,
          usable: true,
          counts: { imported: rows, rejected: 0 },
        });
        expect(sheet!.problems).toEqual([]);
        expect(sheet!.rows.flatMap((row) => row.problems)).toEqual([]);
      }
    },
  );

  it('still reads the 双公示 sheets as before', () => {
    const penalties = importWorkbook(fixture('penalties-gbk.csv'), { fileName: 'p.csv' });
    expect(penalties.sheets[0]).toMatchObject({ kind: 'penalty', headerRow: 2 });
    expect(penalties.sheets[0]!.records).toHaveLength(8);
  });
});

describe('bad input: a clear error, nothing lost', () => {
  it('a GBK file with a stray byte: that row is rejected, the column named; the others imported', () => {
    const bytes = fixture('agency-lists/officers-gbk.csv');
    const name = iconv.encode('赵某', 'gbk');
    const at = Buffer.from(bytes).indexOf(Buffer.from(name));
    const damaged = new Uint8Array(bytes);
    damaged[at + 2] = 0xff; // 某's lead byte: not GBK any more
    const [sheet] = importWorkbook(damaged, { fileName: 'officers.csv' }).sheets;
    expect(sheet!.rows.map((row) => [row.row, row.status])).toEqual([
      [3, 'imported'],
      [4, 'rejected'],
      [5, 'imported'],
    ]);
    expect(sheet!.rows[1]!.problems).toEqual([
      expect.objectContaining({ code: 'cell.undecodable', column: '执法人员姓名' }),
    ]);
    expect(sheet!.entries.map((entry) => entry.key)).toEqual(['5199990200', '5199990202']);
  });

  it('a 双公示 GBK file with a stray byte: that decision is rejected, not published garbled', () => {
    const bytes = new Uint8Array(fixture('penalties-gbk.csv'));
    const clean = importWorkbook(bytes, { fileName: 'p.csv' }).sheets[0]!;
    const at = Buffer.from(bytes).indexOf(Buffer.from(iconv.encode('丰源', 'gbk')));
    bytes[at] = 0xff;
    const [sheet] = importWorkbook(bytes, { fileName: 'p.csv' }).sheets;
    expect(sheet!.records).toHaveLength(clean.records.length - 1);
    const rejected = sheet!.rows.find((row) =>
      row.problems.some((problem) => problem.code === 'cell.undecodable'),
    );
    expect(rejected).toMatchObject({
      status: 'rejected',
      problems: [expect.objectContaining({ column: '行政相对人名称' })],
    });
  });

  it('a UTF-8 file with a stray byte is still read as UTF-8, not garbled as GBK', () => {
    const text = formatCsv([
      ['执法主体', '姓名', '执法证号', '执法类别', '执法区域'],
      ['示例县市场监督管理局', '王某', '5199990101', '市场监管', '示例县全域'],
      ['示例县市场监督管理局', '李某', '5199990102', '市场监管', '示例县城区'],
    ]);
    const bytes = new TextEncoder().encode(text);
    const at = Buffer.from(bytes).indexOf(Buffer.from('李某'));
    const damaged = new Uint8Array([...bytes.subarray(0, at + 1), ...bytes.subarray(at + 2)]);
    const workbook = importWorkbook(damaged, { fileName: 'officers.csv' });
    expect(workbook.encoding).toBe('utf-8');
    expect(workbook.sheets[0]!.rows.map((row) => row.status)).toEqual(['imported', 'rejected']);
  });

  it.each([
    ['CSV text named .xlsx', strToU8('执法主体,姓名\n'), 'x.xlsx', 'xlsx.not-zip'],
    [
      'a truncated XLSX',
      fixture('agency-lists/officers.xlsx').subarray(0, 600),
      'x.xlsx',
      'xlsx.not-zip',
    ],
    [
      'a ZIP without a workbook',
      zipSync({ 'word/document.xml': strToU8('<w/>') }),
      'x.xlsx',
      'xlsx.no-workbook',
    ],
    [
      'a legacy .xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]),
      'x.xls',
      'import.xls-not-supported',
    ],
    [
      'an HTML table saved as .xls',
      strToU8('<html><table><tr><td>姓名</td></tr></table>'),
      'x.xls',
      'import.html-not-supported',
    ],
    ['a sheet nobody knows', strToU8('a,b\n1,2\n'), 'x.csv', 'import.no-header'],
  ])('%s is unusable with %s', (_name, bytes, fileName, code) => {
    const workbook = importWorkbook(bytes, { fileName });
    expect(workbook.usable).toBe(false);
    expect(codes(workbook.problems)).toEqual([code]);
    expect(workbook.problems[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(workbook.problems[0]!.messageEn).toMatch(/[a-z]/);
  });

  it('reads every sheet of a workbook and skips (and reports) an instructions sheet', () => {
    const workbook = twoSheets(
      writeXlsx([['填表说明'], ['请按模板填写。']], '填表说明'),
      fixture('agency-lists/powers.xlsx'),
    );
    const result = importWorkbook(workbook, { fileName: 'lists.xlsx' });
    expect(result.usable).toBe(true);
    expect(result.sheets.map((sheet) => [sheet.sheet, sheet.kind])).toEqual([
      ['权责清单', 'powers'],
    ]);
    expect(codes(result.problems)).toEqual(['import.sheet-skipped']);
  });
});

describe('templates', () => {
  it.each([
    'profile',
    'powers',
    'officers',
    'randomInspections',
    'majorDecisionCatalogue',
    'serviceGuides',
    'penalty',
    'licence',
  ] as const)('%s: read back as its kind, the example row skipped and reported', (kind) => {
    for (const format of ['xlsx', 'csv'] as const) {
      const workbook = importWorkbook(writeSheetTemplate(kind, format), {
        fileName: `t.${format}`,
      });
      const [sheet] = workbook.sheets;
      expect(sheet).toMatchObject({ kind, counts: { imported: 0, rejected: 0 } });
      expect(codes(sheet!.problems)).toEqual(['import.example-row-skipped']);
    }
    // Filled in (the 示例 mark taken off), the example row imports without an error.
    const [header, example] = sheetTemplate(kind);
    const filled = importWorkbook(strToU8(formatCsv([header!, ['1', ...example!.slice(1)]])), {
      fileName: 'filled.csv',
    });
    expect(filled.sheets[0]!.counts).toEqual({ imported: 1, rejected: 0 });
  });
});

/** A workbook of two sheets, from two one-sheet workbooks written by writeXlsx. */
function twoSheets(first: Uint8Array, second: Uint8Array): Uint8Array {
  const a = unzipSync(first);
  const b = unzipSync(second);
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const nameOf = (files: Record<string, Uint8Array>) =>
    /<sheet name="([^"]+)"/.exec(decode(files['xl/workbook.xml']!))![1]!;
  return zipSync({
    ...a,
    '[Content_Types].xml': strToU8(
      decode(a['[Content_Types].xml']!).replace(
        '</Types>',
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      decode(a['xl/_rels/workbook.xml.rels']!).replace(
        '</Relationships>',
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
      ),
    ),
    'xl/workbook.xml': strToU8(
      decode(a['xl/workbook.xml']!).replace(
        '</sheets>',
        `<sheet name="${nameOf(b)}" sheetId="2" r:id="rId3"/></sheets>`,
      ),
    ),
    'xl/worksheets/sheet2.xml': b['xl/worksheets/sheet1.xml']!,
  });
}
